"""The trained models shipped with the package (data files; see PROVENANCE.md)."""
