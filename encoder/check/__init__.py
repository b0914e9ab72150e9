"""Checks on written TEI: the fidelity gate (no text lost), RELAX NG and the profile's rules."""
