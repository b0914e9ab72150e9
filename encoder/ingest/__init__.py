"""Ingest: source bytes to the article model.

``reader`` decodes bytes into lines (with positions), ``lines`` measures their indentation,
``parser`` recognises the source's shape and header, and ``classify`` turns each language's
body lines into blocks (headline, paragraph, intertitle, signature…).
"""
