"""zhdoc.extract.keywords_cut: the Cutter's tokens are jieba's ``Tokenizer.lcut``'s."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from zhdoc.extract.keywords import jieba_tools


@pytest.fixture(scope="module")
def tools(tmp_path_factory):
    return jieba_tools(str(tmp_path_factory.mktemp("jieba")))


@pytest.mark.parametrize("text", [
    "", " ", "\r\n", "。", "金融", "共建“一带一路”需强化金融支持。",
    "2023年GDP增长5.2%，CPI上涨0.2%。", "e-commerce和C++、C#开发", "a.b_c%d-e",
    "居民人均可支配收入39218元\r\n\t实际增长6.1%", "龘䶮𠀀〇鿕鿖", "我是拖拉机学院手扶拖拉机专业的",
    "王小二在北京市海淀区中关村大街工作", "全角ＡＢＣ１２３和半角ABC123", "的的的的的的的",
])
def test_same_tokens_as_jieba(tools, text):
    assert tools.cut(text) == tools.tokenizer.lcut(text)


@hsettings(max_examples=300, deadline=None)
@given(st.text(alphabet="金融支持改革发展的了一是中国人民币国际化高质量新能源汽车拖拉机学院"
                        "王李张伟娜龘䶮𠀀abcXYZ019.+#&_%-，。、“”！？ \n\r\t", max_size=80))
def test_same_tokens_as_jieba_on_any_text(tools, text):
    assert tools.cut(text) == tools.tokenizer.lcut(text)


@pytest.mark.corpus
def test_same_tokens_as_jieba_on_the_bulk_corpus(tools, corpus_dir):
    bulk = corpus_dir / "raw" / "government_work_reports.jsonl"
    if not bulk.is_file():
        pytest.skip(f"{bulk} is absent")
    for line in bulk.read_text(encoding="utf-8").splitlines()[:20]:
        text = json.loads(line)["content"]
        assert tools.cut(text) == tools.tokenizer.lcut(text)
