"""Thai, Lao, Burmese and Khmer write no spaces between words (a space parts phrases): a
whole Thai headline is one or two spaced "words". Gates on a line's length measure how
much it says, so these scripts count about one word per five letters. Made-up texts in
the shape of a government's Cabinet summary and a news page."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest import roles as R
from briefing.ingest.segment import Block, unspaced_words

# "Summary of the Energy Policy Committee's meeting, 14 March 2571" (made up).
HEADLINE = "สรุปผลการประชุมคณะกรรมการนโยบายพลังงาน 14 มีนาคม 2571"

CABINET = f"""\
{HEADLINE}

วันนี้ (14 มีนาคม 2571) เวลา 10.00 น. รัฐมนตรีว่าการกระทรวงพลังงาน เป็นประธานการประชุมคณะกรรมการนโยบายพลังงาน ณ ห้องประชุมกระทรวง ซึ่งสรุปสาระสำคัญดังนี้

1. เรื่อง การปรับราคาก๊าซหุงต้มสำหรับครัวเรือนในช่วงฤดูร้อน

2. เรื่อง แผนส่งเสริมการติดตั้งแผงพลังงานแสงอาทิตย์บนหลังคาโรงเรียน
"""

# "Central bank holds its policy rate, watches prices closely" (made up).
NEWS = """\
ธนาคารกลางคงอัตราดอกเบี้ยนโยบาย จับตาเงินเฟ้ออย่างใกล้ชิด

คณะกรรมการนโยบายการเงินมีมติเอกฉันท์ให้คงอัตราดอกเบี้ยนโยบายไว้ที่ร้อยละสอง โดยประเมินว่าเศรษฐกิจยังขยายตัวได้ต่อเนื่อง

ทั้งนี้ คณะกรรมการจะติดตามพัฒนาการของราคาสินค้าและบริการอย่างใกล้ชิด
"""


def test_a_thai_line_counts_its_words_by_letters():
    assert R.words("ธนาคารกลางคงอัตราดอกเบี้ยนโยบาย จับตาเงินเฟ้ออย่างใกล้ชิด") >= 8
    assert Block(NEWS.split("\n\n")[1]).word_count >= 8
    # A short Thai heading ("Law") stays short; Latin text with curly quotes is unchanged.
    assert R.words("กฎหมาย") == 1
    assert unspaced_words("The ‘quoted’ minister’s remarks – in full") == 0
    # Lao, Khmer and Burmese likewise ("the national bank keeps its rate", made up).
    for line in (
        "ທະນາຄານແຫ່ງຊາດປະກາດຮັກສາອັດຕາດອກເບ້ຍ",
        "ធនាគារជាតិប្រកាសរក្សាអត្រាការប្រាក់",
        "ဗဟိုဘဏ်သည်အတိုးနှုန်းကိုမပြောင်းလဲပါ",
    ):
        assert R.words(line) >= 6, line


def test_a_thai_headline_ending_on_its_date_is_no_dateline():
    assert not R.is_date_line(HEADLINE)
    release = release_from_text(CABINET)
    assert release.title == HEADLINE
    assert release.date == "2028-03-14"


def test_a_thai_headline_of_two_phrases_is_the_title():
    release = release_from_text(NEWS)
    assert release.title == NEWS.split("\n")[0]


# An editor's note over a pasted Cabinet summary: "(Please check the official resolutions
# with the Cabinet Secretariat)" (made up), then the body, pasted as one long line.
NOTE = "(โปรดตรวจสอบข้อความที่เป็นทางการจากสำนักงานเลขาธิการคณะกรรมการอีกครั้ง)"
ITEMS = " ".join(f"{n}. เรื่อง แผนงานด้านพลังงานทดแทนระยะที่ {n} ของกระทรวง" for n in range(1, 9))
NOTED = f"""\
{NOTE}
วันนี้ (14 มีนาคม 2571) เวลา 10.00 น. รัฐมนตรีว่าการกระทรวงพลังงาน เป็นประธานการประชุม ซึ่งสรุปสาระสำคัญดังนี้ {ITEMS}
"""


def test_a_bracketed_note_is_neither_title_nor_lead():
    assert R.words(NOTE) >= 8  # (long enough to pass for a title, or a lead paragraph)
    release = release_from_text(NOTED)
    assert release.title == ""
    assert release.date == "2028-03-14"  # (the lead under the note dates the release)
