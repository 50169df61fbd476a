import codecs
import random

import pytest

from zhdoc.errors import BinaryContent, EmptyDocument, EncodingError, TooLarge, UnsupportedFormat
from zhdoc.read import check_size, media_type_of, read_text

TEXT = "共建“一带一路”倡议，\n金融是重要支撑。"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),  # GBK is a subset of GB18030
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        ("plain ASCII text\n".encode("utf-16-le"), "utf-16-le"),  # no BOM, unmistakable NULs
        (TEXT.replace("\n", "\r\n").encode("gb18030"), "gb18030"),
    ],
)
def test_decodes_supported_encodings(data, encoding):
    d = read_text(data, "a.txt")
    assert d.encoding == encoding
    assert d.text.replace("\r\n", "\n") in (TEXT, "plain ASCII text\n")
    assert not d.text.startswith("\ufeff")


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (b"", EmptyDocument, "empty"),
        (b" \n\t\r\n", EmptyDocument, "whitespace"),
        (codecs.BOM_UTF8 + b"  \n", EmptyDocument, "whitespace"),
        (b"\x00\x01\x02\x03PK\x03\x04" * 50, BinaryContent, "binary"),
        (b"%PDF\x00\xff\xfe" + bytes(range(256)), BinaryContent, "binary"),
        (bytes([0x81, 0x30, 0x81]) * 3 + b"\xff\xff", EncodingError, "UTF-8"),
        ("文本\x01\x02\x03\x04\x05".encode() * 20, BinaryContent, "control"),
    ],
)
def test_rejects_bad_input_with_a_clear_message(data, error, words):
    with pytest.raises(error) as e:
        read_text(data, "dir/bad.txt")
    assert "dir/bad.txt" in str(e.value)
    assert words in str(e.value)


def test_media_types():
    assert media_type_of("x/報告.TXT") == "text/plain"
    assert media_type_of("a.pdf") == "application/pdf"
    with pytest.raises(UnsupportedFormat, match="'.docx'"):
        media_type_of("a.docx")
    with pytest.raises(UnsupportedFormat, match="no suffix"):
        media_type_of("README")


def test_size_limit_names_the_setting():
    check_size(10, 10)
    with pytest.raises(TooLarge, match="max_file_bytes"):
        check_size(11, 10, "big.txt")


# --- issue 11, defect 8: Big5, Shift-JIS and random high bytes were accepted as gb18030 (ok,
# garbage rows); Chinese UTF-16 without a BOM was rejected as binary -------------------------
@pytest.mark.parametrize("data", [
    "會議充分肯定國務院過去一年的工作，同意報告。".encode("big5") * 20,
    "これは日本語のテキストです。東京都の人口。".encode("shift_jis") * 20,
    random.Random(3).randbytes(5000),
    bytes(random.Random(8).randrange(0x81, 0xff) for _ in range(4000)),
], ids=["big5", "shift_jis", "random", "random_high_bytes"])
def test_defect_08_text_that_is_not_gb18030_chinese_is_refused(data):
    with pytest.raises((EncodingError, BinaryContent)) as e:
        read_text(data, "dir/odd.txt")
    assert "dir/odd.txt" in str(e.value)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_defect_08_chinese_utf16_without_a_bom_is_read(codec):
    text = "政府工作报告指出，经济运行总体平稳。一是稳增长。二是促改革。\n" * 20
    d = read_text(text.encode(codec), "a.txt")
    assert d.encoding == codec and d.text == text


def test_defect_08_chinese_utf16_without_ascii_or_a_bom_is_read():
    text = "政府工作报告指出经济运行总体平稳一是稳增长二是促改革" * 20
    d = read_text(text.encode("utf-16-le"), "a.txt")
    assert d.text == text
