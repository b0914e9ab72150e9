"""Running the pipeline: one article or a chunk of files stage by stage (``pipeline``), many
files (``batch``, with ``executors`` and the run ``report``), inputs and outputs (``paths``)."""
