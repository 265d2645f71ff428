"""A short line ending on a colon under the title ("Contact:") names the field printed
under it: it is never read on as the title's last line. Made-up release."""

from __future__ import annotations

from briefing.ingest.title import _field_label


def test_field_labels():
    assert _field_label("Contact:")
    assert _field_label("Media contact:")
    assert not _field_label("Harbour Master Charged With Selling Mooring Permits")
    assert not _field_label("The ministry announced the following measures to protect the harbour:")
