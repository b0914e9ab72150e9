"""Running the pipeline: one article (``pipeline``), many files (``batch``), atomic output (``files``)."""
