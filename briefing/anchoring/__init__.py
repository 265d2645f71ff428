"""Anchoring: keeping what people wrote attached to the right passage when a release's
text changes (re-finding quotes, matching nodes across versions, carrying node fields).
No Qt."""
