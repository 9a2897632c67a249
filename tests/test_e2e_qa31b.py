"""End-to-end QA in Persian, Hindi, Thai, Vietnamese and Turkish: invented reports of one event (a bus overturned
on a mountain road, a factory fire, a flash flood, an earthquake, a court verdict) told by two outlets, trimmed to
the behaviour each test checks.  Found: none of the page furniture of Persian, Hindi, Thai or Vietnamese pages was
known, so "بیشتر بخوانید: …", "यह भी पढ़ें: …", "อ่านเพิ่มเติม: …", "Xem thêm: …" (read also), "عکس: …",
"फोटो: …", "ภาพ: …", "Ảnh: …" (photo credits), tag lines ("برچسب‌ها:", "टैग:", "แท็ก:", "Thẻ:"), source lines
("منبع:", "स्रोत:", "ที่มา:", "Nguồn:"), the calls to follow or share ("ما را در تلگرام دنبال کنید", "हमें
फेसबुक पर फॉलो करें", "ติดตามข่าวสารได้ที่เฟซบุ๊กของเรา", "Theo dõi chúng tôi trên Zalo", "Haberi paylaş") stayed in
the text as unique facts of one outlet (a Devanagari lead-in ends on a vowel sign, which is no ``\\w``, so a
``\\b`` after it never matched)."""

from __future__ import annotations

import pytest

from parallax.ingest.clean import clean_paragraphs

_BODY = {
    "fa": "یک دستگاه اتوبوس مسافربری روز سه‌شنبه در جاده هراز واژگون شد و ۱۲ نفر جان باختند.",
    "hi": "रामपुर की एक कपड़ा फैक्ट्री में मंगलवार को भीषण आग लग गई और 9 मजदूरों की मौत हो गई।",
    "th": "เกิดเหตุน้ำป่าไหลหลากเข้าท่วมอำเภอแม่สาย มีผู้เสียชีวิต 6 ราย บาดเจ็บ 14 ราย",
    "vi": "Một trận động đất mạnh 5,2 độ đã xảy ra tại tỉnh Điện Biên, ít nhất 3 người chết.",
    "tr": "Konya 3. Ağır Ceza Mahkemesi, sanık Murat Kaya'ya 18 yıl hapis cezası verdi.",
}


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("fa", "بیشتر بخوانید: افزایش تصادفات در جاده‌های شمالی"),
        ("fa", "اخبار مرتبط: بارش برف در گردنه حیران"),
        ("hi", "यह भी पढ़ें: दिल्ली में प्रदूषण से राहत नहीं"),
        ("hi", "ये भी पढ़ें- मुंबई में भारी बारिश"),
        ("th", "อ่านเพิ่มเติม: กรมอุตุฯ เตือนฝนตกหนักทั่วภาคเหนือ"),
        ("th", "ข่าวที่เกี่ยวข้อง: ดินถล่มที่น่าน"),
        ("vi", "Xem thêm: Những trận động đất lớn nhất Việt Nam"),
        ("vi", "Tin liên quan: Lũ quét ở Lào Cai"),
    ],
)
def test_a_read_also_line_is_dropped_in_the_middle(lang: str, line: str) -> None:
    body = _BODY[lang]
    cleaned = clean_paragraphs([body, line, body])
    assert cleaned.removed == [line]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("fa", "عکس: علی محمدی / خبرگزاری آسمان"),
        ("fa", "برچسب‌ها: تصادف، جاده هراز، اتوبوس"),
        ("fa", "ما را در تلگرام و اینستاگرام دنبال کنید"),
        ("fa", "این خبر را با دوستان خود به اشتراک بگذارید"),
        ("fa", "منبع: روزنامه نسیم"),
        ("hi", "फोटो: राजेश कुमार"),
        ("hi", "टैग: आग, रामपुर, फैक्ट्री"),
        ("hi", "हमें फेसबुक और ट्विटर पर फॉलो करें"),
        ("hi", "इस खबर को शेयर करें"),
        ("hi", "स्रोत: जनवाणी ब्यूरो"),
        ("th", "ภาพ: สมศักดิ์ แสงทอง"),
        ("th", "แท็ก: น้ำท่วม แม่สาย เชียงราย"),
        ("th", "ติดตามข่าวสารได้ที่เฟซบุ๊กของเรา"),
        ("th", "แชร์ข่าวนี้"),
        ("th", "ที่มา: ไทยนิวส์รายวัน"),
        ("vi", "Ảnh: Trần Minh Đức"),
        ("vi", "Thẻ: động đất, Điện Biên"),
        ("vi", "Theo dõi chúng tôi trên Facebook và Zalo"),
        ("vi", "Chia sẻ bài viết"),
        ("vi", "Nguồn: Tin Nhanh Mỗi Ngày"),
        ("tr", "Haberi paylaş"),
    ],
)
def test_closing_furniture_is_dropped(lang: str, line: str) -> None:
    body = _BODY[lang]
    cleaned = clean_paragraphs([body, line])
    assert cleaned.removed == [line] and cleaned.text == body


@pytest.mark.parametrize(
    ("lang", "para"),
    [
        # the same words reporting: people following the news, a photo described, a source named in a sentence
        ("fa", "پلیس از مردم خواست اخبار را از منابع رسمی دنبال کنند."),
        ("fa", "عکس‌های این حادثه در شبکه‌های اجتماعی منتشر شد."),
        ("hi", "पुलिस ने लोगों से अपील की कि वे अफवाहों पर ध्यान न दें और सोशल मीडिया पर गलत खबरें शेयर न करें।"),
        ("hi", "फोटो में जली हुई फैक्ट्री की दीवारें दिखाई दे रही हैं।"),
        ("th", "ชาวบ้านติดตามข่าวสารจากทางราชการอย่างใกล้ชิด"),
        ("th", "ภาพจากกล้องวงจรปิดแสดงให้เห็นน้ำไหลเข้าท่วมตลาด"),
        ("vi", "Người dân theo dõi chặt chẽ thông tin từ chính quyền địa phương."),
        ("vi", "Nguồn tin từ công an tỉnh cho biết 2 người đã bị bắt."),
        ("vi", "Xem xét lại toàn bộ quy trình cứu hộ là cần thiết, ông Hải nói."),
        ("tr", "Savcı, haberi paylaşan hesaplar hakkında soruşturma başlattı."),
    ],
)
def test_reporting_on_the_same_words_is_kept(lang: str, para: str) -> None:
    assert clean_paragraphs([_BODY[lang], para]).removed == []
