import codecs

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
