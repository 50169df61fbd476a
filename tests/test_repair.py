"""Repair: wrapped dump lines → paragraph blocks. One small case per artifact of issue 3."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from zhdoc.dump.repair import despace, explain_breaks, repair

CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def texts(dump: str) -> list[str]:
    return [b.text for b in repair(dump)]


def nonws(s: str) -> str:
    return "".join(s.split())


# A 10-character column: paragraph first lines hold 8 (the 2-character indent is dropped).
COLUMN = "改革开放以来，我国\n制造业发展取得突出成\n就，建成了门类齐全的\n产业体系。\n"

CASES = [
    # --- wrapped lines ------------------------------------------------------------------
    pytest.param("共建“一带\n一路”倡议\n得到响应。", ["共建“一带一路”倡议得到响应。"], id="cjk-join-no-space"),
    pytest.param("We met the press in\nBeijing on Monday.", ["We met the press in Beijing on Monday."],
                 id="latin-words-one-space"),
    pytest.param("产值增长到\n2024 年的 3.5\n万亿元。", ["产值增长到2024 年的 3.5万亿元。"], id="number-then-cjk"),
    pytest.param("新一代 AI\nmodels 与大数据\n深度融合。", ["新一代 AI models 与大数据深度融合。"],
                 id="never-glue-latin-words"),
    pytest.param("全省算力总规模达到15\nEFlops，成都获批。", ["全省算力总规模达到15 EFlops，成都获批。"],
                 id="number-and-word-keep-space"),
    # --- blank lines in mid-sentence ----------------------------------------------------
    pytest.param("金融机构搭建资金平台，\n促进资金融通，动态发\n布项目信息，完善涉外投资\n\n贸易服务，为金融机构创\n造良好的外部环境。",
                 ["金融机构搭建资金平台，促进资金融通，动态发布项目信息，完善涉外投资贸易服务，为金融机构创造良好的外部环境。"],
                 id="cut-mid-word"),
    pytest.param("它们共同构成要素。必须看到，\n\n“一带一路”建设是系统工程。",
                 ["它们共同构成要素。必须看到，“一带一路”建设是系统工程。"], id="cut-after-comma"),
    pytest.param("完善低碳工业体系；\n\n强化污染治理。", ["完善低碳工业体系；强化污染治理。"], id="cut-after-semicolon"),
    pytest.param("通过产业结构调整，有效提\n升运转效率和盈利能力。三是\n\n“区域协同”的高质量发展，以\n区域间互补共赢为目的。",
                 ["通过产业结构调整，有效提升运转效率和盈利能力。三是“区域协同”的高质量发展，以区域间互补共赢为目的。"],
                 id="cut-after-sanshi"),
    # --- paragraph ends without blank lines ---------------------------------------------
    pytest.param(COLUMN + "当前我国制造\n业发展已经从粗放化、\n外延式转向集约化。\n",
                 ["改革开放以来，我国制造业发展取得突出成就，建成了门类齐全的产业体系。",
                  "当前我国制造业发展已经从粗放化、外延式转向集约化。"], id="short-last-line"),
    pytest.param("改革开放以来，我国\n制造业发展取得突出成\n就，建成了门类齐全。\n当前我国制造业\n发展已经从粗放化、外\n延式转向集约化发展。",
                 ["改革开放以来，我国制造业发展取得突出成就，建成了门类齐全。",
                  "当前我国制造业发展已经从粗放化、外延式转向集约化发展。"], id="indent-short-first-line"),
    pytest.param("改革开放以来我国\n制造业发展取得突出成\n就，建成了门类齐全、\n独立完整的产业体系，\n规模跃居世界第一，创\n"
                 "新能力不断增强。当前\n\n我国制造业发展已经从粗放化、外\n延式发展转向集约化、内涵式。\n"
                 "从规模速度竞争模式转向质量效\n益竞争模式，实现了跨越式发展。\n",
                 ["改革开放以来我国制造业发展取得突出成就，建成了门类齐全、独立完整的产业体系，规模跃居世界第一，"
                  "创新能力不断增强。当前我国制造业发展已经从粗放化、外延式发展转向集约化、内涵式。",
                  "从规模速度竞争模式转向质量效益竞争模式，实现了跨越式发展。"],
                 id="column-width-changes-10-to-16"),
    pytest.param(COLUMN + "一是加快改造和提\n升传统制造业。\n二是加强创新能力\n建设，完善体系。\n",
                 ["改革开放以来，我国制造业发展取得突出成就，建成了门类齐全的产业体系。",
                  "一是加快改造和提升传统制造业。", "二是加强创新能力建设，完善体系。"], id="list-markers"),
    pytest.param("建成了门类齐全、独立完\n整的产业体系。\n一、主要进展\n全年新建5G基站1.2万\n个，覆盖全部城区。",
                 ["建成了门类齐全、独立完整的产业体系。", "一、主要进展", "全年新建5G基站1.2万个，覆盖全部城区。"],
                 id="numbered-heading-no-blank"),
    pytest.param("改革开放以来，我国制造业发展\n取得突出成就，建成了门类齐全\n的产业体系。\n当前我国制造业发展已经\n"
                 "从粗放化外延式发展转向集约化\n内涵式发展。\n\n尽管过去取得了突出成就，但从\n制造业高质量发展的视角看，我\n"
                 "国仍然存在较大差距。\n\n在自身发展的质量和效益方面\n，我国劳动生产率落后。\n\n在此背景下，我们必须努力推\n"
                 "动制造业转型升级。",
                 ["改革开放以来，我国制造业发展取得突出成就，建成了门类齐全的产业体系。",
                  "当前我国制造业发展已经从粗放化外延式发展转向集约化内涵式发展。",
                  "尽管过去取得了突出成就，但从制造业高质量发展的视角看，我国仍然存在较大差距。",
                  "在自身发展的质量和效益方面，我国劳动生产率落后。", "在此背景下，我们必须努力推动制造业转型升级。"],
                 id="blank-lines-between-paragraphs-but-one-missing"),
    pytest.param("面临严峻考验。\n\n（作者单位：兰州财经大学\n金融学院）\n厘清了发展思路，还需采取务实举措。",
                 ["面临严峻考验。", "（作者单位：兰州财经大学金融学院）", "厘清了发展思路，还需采取务实举措。"],
                 id="trailer-wrapped-stands-alone"),
    # --- headings -----------------------------------------------------------------------
    pytest.param(COLUMN + "\n找准支持“一\n带一路”建设的着\n力点\n\n“一带一路”建设是\n构建新一轮高水平对外\n开放的突破口。\n",
                 ["改革开放以来，我国制造业发展取得突出成就，建成了门类齐全的产业体系。",
                  "找准支持“一带一路”建设的着力点", "“一带一路”建设是构建新一轮高水平对外开放的突破口。"],
                 id="heading-wrapped-three-lines"),
    pytest.param("实现以高质量发展为目标的转型升级。\n\n▎清醒认识我国制造业发展的短板与严峻考验\n\n应该看到，制造业面临机遇。",
                 ["实现以高质量发展为目标的转型升级。", "▎清醒认识我国制造业发展的短板与严峻考验", "应该看到，制造业面临机遇。"],
                 id="marked-heading"),
    pytest.param("我国制造业高质量发展的\n基本思路与举措\n□ 吕 铁 刘 丹\n\n我国制造业已经具备规模优势。",
                 ["我国制造业高质量发展的基本思路与举措", "□ 吕 铁 刘 丹", "我国制造业已经具备规模优势。"],
                 id="title-and-byline-keep-their-spaces"),
    pytest.param("数字经济发展情况报告\n本报记者 王晓明\n2024年，数字经济增长8.7%。",
                 ["数字经济发展情况报告", "本报记者 王晓明", "2024年，数字经济增长8.7%。"], id="reporter-byline"),
    # --- layout artifacts ---------------------------------------------------------------
    pytest.param("我国制造业已经具备全球瞩目的规模优势，劳动生产率持续增长，但从发展质量看，在\n\n"
                 "劳动力、技术、能源等关键要素的投入产出效率方面，我国与先行国家的差距依然明\n\n"
                 "显。与此同时，制造业本身在发展中也存在一些问题、面临诸多挑战和更多的考验，\n\n"
                 "要在明晰机遇与挑战的基础上厘清思路。\n\n"
                 "改革开放以来，我国制造业发展取得突出成就。",
                 ["我国制造业已经具备全球瞩目的规模优势，劳动生产率持续增长，但从发展质量看，在劳动力、技术、"
                  "能源等关键要素的投入产出效率方面，我国与先行国家的差距依然明显。与此同时，制造业本身在发展中也"
                  "存在一些问题、面临诸多挑战和更多的考验，要在明晰机遇与挑战的基础上厘清思路。",
                  "改革开放以来，我国制造业发展取得突出成就。"],
                 id="double-spaced-block"),
    pytest.param("套措施，形成金融机构\n和 金 融 服 务 立 体 化 布\n局 ， 满 足 不 同 市 场 主\n体的多样化金融需求。",
                 ["套措施，形成金融机构和金融服务立体化布局，满足不同市场主体的多样化金融需求。"], id="spaced-out-lines"),
    pytest.param("促进价值链环节位势的提升\n，打造“中国制造”品牌\n。", ["促进价值链环节位势的提升，打造“中国制造”品牌。"],
                 id="closing-punct-at-line-start"),
    pytest.param("   共建“一带一路”倡议自提出以来，\n  引起越来越多国家热烈响应。  \n", ["共建“一带一路”倡议自提出以来，引起越来越多国家热烈响应。"],
                 id="stray-indentation-and-spaces"),
    pytest.param("\u3000\u3000共建“一带一路”倡议\u3000\n自提出以来，\u3000\n\u3000\n得到响应。",
                 ["共建“一带一路”倡议自提出以来，得到响应。"], id="full-width-spaces"),
    pytest.param("各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协各位委员提出意见。\n"
                 "一、2016年工作回顾\n过去一年，我国发展面临国内外诸多矛盾叠加、风险隐患交汇的严峻挑战。\n"
                 "经济运行缓中趋稳、稳中向好。国内生产总值达到74.4万亿元，增长6.7%，名列世界前茅，对全球经济增长的贡献率超过30%。\n"
                 "经济结构加快优化。",
                 ["各位代表：", "现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协各位委员提出意见。", "一、2016年工作回顾",
                  "过去一年，我国发展面临国内外诸多矛盾叠加、风险隐患交汇的严峻挑战。",
                  "经济运行缓中趋稳、稳中向好。国内生产总值达到74.4万亿元，增长6.7%，名列世界前茅，对全球经济增长的贡献率超过30%。",
                  "经济结构加快优化。"], id="not-wrapped-a-paragraph-per-line"),
    pytest.param("推进科学立法、民主立法，完善\n法律\n、\n法规\n和规章。\n\n加强政府自身建设。",
                 ["推进科学立法、民主立法，完善法律、法规和规章。", "加强政府自身建设。"], id="stray-breaks-around-links"),
    # --- paragraphs that are not indented: their first lines fill the column ------------
    pytest.param("城市治理是推进国家治理体\n系现代化的内容。\n近年来，某市以数字化改革\n为牵引，推动城市治理转变\n了方式。\n"
                 "记者近日走访发现，市民办\n事少跑腿了。\n平台运行一年多来，累计处\n置各类事件十二万余件。",
                 ["城市治理是推进国家治理体系现代化的内容。", "近年来，某市以数字化改革为牵引，推动城市治理转变了方式。",
                  "记者近日走访发现，市民办事少跑腿了。", "平台运行一年多来，累计处置各类事件十二万余件。"],
                 id="no-indent-first-lines-fill-the-column"),
    pytest.param("一项新技术走向生产\n线，要失败。\n\n数据显示，我国人工\n智能产业规模接近五\n千亿元，企业数量多。\n\n"
                 "专家认为，老字号要\n守正创新，跟上时\n代。\n\n有关部门表示，将进\n一步完善相关政策。",
                 ["一项新技术走向生产线，要失败。", "数据显示，我国人工智能产业规模接近五千亿元，企业数量多。",
                  "专家认为，老字号要守正创新，跟上时代。", "有关部门表示，将进一步完善相关政策。"],
                 id="blank-after-a-full-sentence-end-where-paragraphs-are-not-indented"),
    # --- units that stand alone ---------------------------------------------------------
    pytest.param("关于做好春季农业生产工作的通知\n各区县农业农村局，市直单位：\n　　为切实做好春季农业生产工作，\n现将有关事项通知如下：",
                 ["关于做好春季农业生产工作的通知", "各区县农业农村局，市直单位：",
                  "为切实做好春季农业生产工作，现将有关事项通知如下："], id="notice-title-filling-its-line"),
    pytest.param("摘要：本文分析了数据要素市场化配置\n面临的主要障碍，并提出政策建议。\n关键词：数据要素；市场化配置；数据交\n易\n"
                 "一、数据要素市场化配置的基础\n近年来，我国数字经济规模持续扩大，\n数据资源总量位居世界前列。",
                 ["摘要：本文分析了数据要素市场化配置面临的主要障碍，并提出政策建议。", "关键词：数据要素；市场化配置；数据交易",
                  "一、数据要素市场化配置的基础", "近年来，我国数字经济规模持续扩大，数据资源总量位居世界前列。"],
                 id="keyword-line-is-a-unit"),
    pytest.param("近年来，一批批大学毕业\n生返回家乡，投身乡村建\n设，注入了新鲜血液。\n让年轻人愿意\n回到乡村来\n"
                 "吸引年轻人回乡，首先要\n有事业可干。各地应当结\n合本地资源禀赋发展产业。",
                 ["近年来，一批批大学毕业生返回家乡，投身乡村建设，注入了新鲜血液。", "让年轻人愿意回到乡村来",
                  "吸引年轻人回乡，首先要有事业可干。各地应当结合本地资源禀赋发展产业。"],
                 id="heading-wrapped-over-two-short-lines"),
    # a heading with a clause in it, wrapped at the measure with no indent or blank line: its
    # short last line ends on a character, which no paragraph does; one ending on a stop or a
    # quote is text
    pytest.param("近年来，各地持续完善就业公共服务\n体系，高校毕业生就业总体稳定。\n要以产业端人才需求和就业端评价反\n"
                 "馈为指引，优化就业服务\n记者：各地在这方面有哪些做法？",
                 ["近年来，各地持续完善就业公共服务体系，高校毕业生就业总体稳定。", "要以产业端人才需求和就业端评价反馈为指引，优化就业服务",
                  "记者：各地在这方面有哪些做法？"], id="clause-heading-wrapped-at-the-measure"),
    pytest.param("近年来，各地持续完善就业公共服务\n体系，高校毕业生就业总体稳定。\n要以产业端人才需求和就业端评价反\n"
                 "馈为指引，全力优化就业服务。\n记者：各地在这方面有哪些做法？",
                 ["近年来，各地持续完善就业公共服务体系，高校毕业生就业总体稳定。要以产业端人才需求和就业端评价反馈为指引，全力优化就业服务。",
                  "记者：各地在这方面有哪些做法？"], id="a-sentence-at-the-measure-is-no-heading"),
    pytest.param("近年来，各地持续完善就业公共服务\n体系，高校毕业生就业总体稳定。\n有专家认为，要以产业人才需求为指\n"
                 "引，他说“优化服务”\n记者：各地在这方面有哪些做法？\n受访者：一些地方建立了岗位信息库。",
                 ["近年来，各地持续完善就业公共服务体系，高校毕业生就业总体稳定。有专家认为，要以产业人才需求为指引，他说“优化服务”",
                  "记者：各地在这方面有哪些做法？受访者：一些地方建立了岗位信息库。"], id="a-quote-ending-at-the-measure-is-no-heading"),
    # where blank lines part paragraphs, a block between two after a sentence end, ending on a
    # character with no stop, is a heading however full its lines; one with a stop in it is a
    # paragraph cut by a blank line (a column break)
    pytest.param("近年来，各地持续完善就业\n公共服务体系，高校毕业生\n就业形势总体稳定，取得明\n显成效。\n\n各地因地制宜，出台了一系\n"
                 "列支持政策，帮助毕业生顺\n利走上工作岗位。\n\n以科技创新为动力，推动传\n统优势产业全面转型升级\n\n"
                 "在新的发展阶段，我们要坚\n持问题导向，推动各项工作\n落实落地，不断取得新的成\n效。\n",
                 ["近年来，各地持续完善就业公共服务体系，高校毕业生就业形势总体稳定，取得明显成效。",
                  "各地因地制宜，出台了一系列支持政策，帮助毕业生顺利走上工作岗位。", "以科技创新为动力，推动传统优势产业全面转型升级",
                  "在新的发展阶段，我们要坚持问题导向，推动各项工作落实落地，不断取得新的成效。"],
                 id="heading-filling-its-lines-between-blank-lines"),
    pytest.param("近年来，各地持续完善就业\n公共服务体系，高校毕业生\n就业形势总体稳定，取得明\n显成效。\n\n各地因地制宜，出台了一系\n"
                 "列支持政策，帮助毕业生顺\n利走上工作岗位。\n\n各地要以科技创新为动力。\n推动传统优势产业全面转型\n\n"
                 "升级，在新的发展阶段，我\n们要坚持问题导向，推动各\n项工作落实落地，不断取得\n新的成效。\n",
                 ["近年来，各地持续完善就业公共服务体系，高校毕业生就业形势总体稳定，取得明显成效。",
                  "各地因地制宜，出台了一系列支持政策，帮助毕业生顺利走上工作岗位。",
                  "各地要以科技创新为动力。推动传统优势产业全面转型升级，在新的发展阶段，我们要坚持问题导向，推动各项工作落实落地，不断取得新的成效。"],
                 id="a-paragraph-cut-by-a-blank-line-runs-on"),
    pytest.param("　　各单位要高度重视春季农业生产\n工作，确保各项措施落到实处，对工\n作推进不力、造成严重后果的，要依\n规依纪严肃问责，绝不姑息迁就，确\n"
                 "保春耕生产顺利推进。\n　　特此通知。\n某市农业农村局\n某市财政局\n2024年3月5日",
                 ["各单位要高度重视春季农业生产工作，确保各项措施落到实处，对工作推进不力、造成严重后果的，要依规依纪严肃问责，"
                  "绝不姑息迁就，确保春耕生产顺利推进。", "特此通知。",
                  "某市农业农村局", "某市财政局", "2024年3月5日"], id="signatures-and-date-stay-apart"),
    pytest.param("　　各区县要把粮食播种面积和产量目标分解\n落实到乡镇，层层压实责任，主要任务包括：\n（1）稳定粮食播种面积；（2）推广高产优质\n"
                 "品种；（3）做好病虫害统防统治。\n　　各区县要于3月20日前将本地区春播工作\n方案报送市农业农村局，并抄送市发展改革委。",
                 ["各区县要把粮食播种面积和产量目标分解落实到乡镇，层层压实责任，主要任务包括：（1）稳定粮食播种面积；（2）推广高产优质"
                  "品种；（3）做好病虫害统防统治。", "各区县要于3月20日前将本地区春播工作方案报送市农业农村局，并抄送市发展改革委。"],
                 id="inline-list-after-a-colon-at-a-line-end-runs-on"),
    pytest.param("在全市经济工作会议上的讲话\n（2024年1月8日）\n市长 王建平\n同志们：\n"
                 "　　这次会议的主要任务是，总结去年经济工作，\n分析当前经济形势，部署今年经济工作。刚才，几\n"
                 "位同志作了发言，讲得很好，我都赞成。下面，我\n讲两点意见。",
                 ["在全市经济工作会议上的讲话", "（2024年1月8日）", "市长 王建平", "同志们：",
                  "这次会议的主要任务是，总结去年经济工作，分析当前经济形势，部署今年经济工作。刚才，几位同志作了发言，"
                  "讲得很好，我都赞成。下面，我讲两点意见。"], id="a-date-never-continues-a-title"),
    pytest.param("县域商业体系建设的实践与思考\n陈思远1，王 琳2\n（1.复旦大学经济学院，上海 200433；\n2.上海财经大学金融学院，上海 200433）\n"
                 "摘要：县域商业是畅通城乡经济循环的重要环节。本文\n基于对六个县的调研，提出了对策建议。",
                 ["县域商业体系建设的实践与思考", "陈思远1，王 琳2", "（1.复旦大学经济学院，上海 200433；2.上海财经大学金融学院，上海 200433）",
                  "摘要：县域商业是畅通城乡经济循环的重要环节。本文基于对六个县的调研，提出了对策建议。"],
                 id="journal-author-and-affiliation-lines"),
    pytest.param("　　据了解，该区计划年内实现社区食堂街道全\n覆盖，让更多老人在家门口吃上热乎饭。\n（记者 王海燕）\n新能源汽车下乡活动启动",
                 ["据了解，该区计划年内实现社区食堂街道全覆盖，让更多老人在家门口吃上热乎饭。", "（记者 王海燕）", "新能源汽车下乡活动启动"],
                 id="byline-at-the-end-stands-alone"),
    pytest.param("金融发展水平总体上升，但区域差距依然明显。\n关键词：数字普惠金融；县域经济；面板数\n据；熵值法\n1 引言\n"
                 "县域是连接城市和乡村的枢纽，县域金融服务的\n可得性直接关系到乡村振兴战略的实施成效。",
                 ["金融发展水平总体上升，但区域差距依然明显。", "关键词：数字普惠金融；县域经济；面板数据；熵值法", "1 引言",
                  "县域是连接城市和乡村的枢纽，县域金融服务的可得性直接关系到乡村振兴战略的实施成效。"],
                 id="keyword-line-wrapped-short-runs-into-its-lists-end"),
    pytest.param("已有研究多从省级或地市级层面测度数字普惠金\n融发展水平，针对县域的研究相对较少。部分学\n者采用北京大学数字普惠金融指数开展分析，但\n"
                 "该指数在县域层面的指标较为有限。\n2 研究设计\n2.1 指标体系构建\n参考已有文献，本文从覆盖广度、使用深度和数\n"
                 "字化程度三个维度选取十二项指标，构建县域数\n字普惠金融发展水平评价指标体系。",
                 ["已有研究多从省级或地市级层面测度数字普惠金融发展水平，针对县域的研究相对较少。部分学者采用北京大学数字普惠金融指数"
                  "开展分析，但该指数在县域层面的指标较为有限。", "2 研究设计", "2.1 指标体系构建",
                  "参考已有文献，本文从覆盖广度、使用深度和数字化程度三个维度选取十二项指标，构建县域数字普惠金融发展水平评价指标体系。"],
                 id="decimal-numbered-headings-stand-alone"),
    pytest.param("读者来信\n小区门口的路灯该修了\n　　编辑同志：我家住在城西的一个\n老小区，小区门口那段路上的三盏路\n灯已经坏了快两个月。每到晚上，下\n"
                 "班回家的居民只能摸黑走路。\n（读者 王建国）",
                 ["读者来信", "小区门口的路灯该修了", "编辑同志：我家住在城西的一个老小区，小区门口那段路上的三盏路灯已经坏了快两个月。"
                  "每到晚上，下班回家的居民只能摸黑走路。", "（读者 王建国）"],
                 id="column-label-over-a-title-and-a-readers-signature"),
    pytest.param("【热点观察】\n文旅融合激活乡村经济\n□ 本报记者 周 洁", ["【热点观察】", "文旅融合激活乡村经济", "□ 本报记者 周 洁"],
                 id="column-label-stands-alone"),
    pytest.param("要加强政策沟通，不断夯实合作的政治基\n础；加强设施联通，不断完善合作的基础\n设施网络；加强贸易畅通，不断释放互利\n"
                 "合作的活力，让合作更好造福沿线国家和\n世界人民。\n以构建全面开放新格局为努力方\n向。\n"
                 "合作是推进我国新一轮对外开放的重要\n抓手。新形势下推进合作，就是要助推\n内陆地区成为开放前沿。",
                 ["要加强政策沟通，不断夯实合作的政治基础；加强设施联通，不断完善合作的基础设施网络；加强贸易畅通，"
                  "不断释放互利合作的活力，让合作更好造福沿线国家和世界人民。",
                  "以构建全面开放新格局为努力方向。",
                  "合作是推进我国新一轮对外开放的重要抓手。新形势下推进合作，就是要助推内陆地区成为开放前沿。"],
                 id="a-bold-lead-sentence-cut-by-the-stream-is-no-heading"),
    pytest.param("历史就是历史，事实就是事实，任何人都\n不能改变。我们党之所以能在革命、建\n设、改革征程中领导人民披荆斩棘，就\n"
                 "在于始终坚持唯物史观，始终用历史唯物\n主义的方法观察和处理问题。有论者指出：\n“要坚\n"
                 "持用唯物史观来认识和记述历史，把历\n史结论建立在翔实准确的史料支撑和深\n入细致的研究分析的基础之上。”",
                 ["历史就是历史，事实就是事实，任何人都不能改变。我们党之所以能在革命、建设、改革征程中领导人民披荆斩棘，"
                  "就在于始终坚持唯物史观，始终用历史唯物主义的方法观察和处理问题。有论者指出：",
                  "“要坚持用唯物史观来认识和记述历史，把历史结论建立在翔实准确的史料支撑和深入细致的研究分析的基础之上。”"],
                 id="an-open-quote-cut-by-the-stream-runs-on"),
    # --- double-spaced: every line followed by a blank line -----------------------------
    pytest.param("老字号是传统商业文化的重要载体。但\n\n也有一些老字号经营困难，有的产品多\n\n年不变，逐渐被市场冷落。\n\n"
                 "专家认为，老字号要守正创新。所谓守\n\n正，就是坚守品质和工艺。\n\n有关部门表示，将进一步完善老字号保\n\n"
                 "护和发展政策，支持老字号企业开展技\n\n术改造和品牌推广。",
                 ["老字号是传统商业文化的重要载体。但也有一些老字号经营困难，有的产品多年不变，逐渐被市场冷落。",
                  "专家认为，老字号要守正创新。所谓守正，就是坚守品质和工艺。",
                  "有关部门表示，将进一步完善老字号保护和发展政策，支持老字号企业开展技术改造和品牌推广。"],
                 id="double-spaced-lines-a-few-apart-share-a-width"),
    # --- must come out unchanged -------------------------------------------------------
    pytest.param("本届政府从1 9 9 3 年3 月就职。", ["本届政府从1 9 9 3 年3 月就职。"], id="unchanged-spaced-digits"),
    pytest.param("国务院总理 李克强", ["国务院总理 李克强"], id="unchanged-speaker"),
    pytest.param("The quick brown fox jumps over the lazy dog.",
                 ["The quick brown fox jumps over the lazy dog."], id="unchanged-english"),
    pytest.param("各位代表：\n\n现在，我代表国务院向大会报告工作。", ["各位代表：", "现在，我代表国务院向大会报告工作。"],
                 id="unchanged-paragraphs"),
    pytest.param("", [], id="empty"),
    pytest.param(" \n\n \t\n", [], id="only-whitespace"),
]


FURNITURE_PAGE = ("2024年3月5日  星期二\n理论\n\n7\n\n以高质量发展推进现代化\n\n□ 周建国\n\n高质量发展是首要任务。推进现代化，必\n"
                  "须贯彻新发展理念，推动经济实现质的有\n效提升和量的合理增长，从供给看，要\n\n8\n理论\n2024年3月5日  星期二\n\n"
                  "求产业体系比较完整。\n")


@pytest.mark.parametrize(("dump", "furniture"), [
    (FURNITURE_PAGE, ["2024年3月5日  星期二", "理论", "7", "8", "理论", "2024年3月5日  星期二"]),
    ("第一段说了一件事。\n\n12\n\n第二段说了另一件事。", ["12"]),  # a page number between blank lines
    ("绿色低碳产业正在成为经济\n- 12 -\n增长的新引擎。", ["- 12 -"]),  # a page number marked as one
    ("让信用变成真金白银。\n（下转第3版）\n（上接第1版）\n记者在调研中了解到。", ["（下转第3版）", "（上接第1版）"]),  # jump lines
    # must not change: numbers in a column, a year in a sentence, a number before a closer
    ("营业收入\n12\n34\n56", []),
    ("产值在\n2024\n年达到新高。", []),
    ("增长了\n8\n）个百分点。", []),
])
def test_running_headers_and_page_numbers_stand_apart(dump: str, furniture: list[str]) -> None:
    blocks = repair(dump)
    assert [b.text for b in blocks if b.role == "furniture"] == furniture
    assert "".join(nonws(b.text) for b in blocks) == nonws(dump)


@pytest.mark.parametrize(("dump", "expected"), CASES)
def test_repair(dump: str, expected: list[str]) -> None:
    assert texts(dump) == expected


@pytest.mark.parametrize(("dump", "expected"), CASES)
def test_spans_hold_the_block_text(dump: str, expected: list[str]) -> None:
    for b in repair(dump):
        assert nonws(dump[b.start:b.end]) == nonws(b.text)
        assert b.n_lines == sum(1 for line in dump[b.start:b.end].split("\n") if line.strip())


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("和 金 融 服 务 立 体 化 布", "和金融服务立体化布"),
        ("13.EFlops ： 是 衡 量 计 算 机", "13.EFlops：是衡量计算机"),
        ("开 通 地 铁 17 号 线 全 线", "开通地铁17号线全线"),
        ("G D P  growth 增 长 很 快", "GDP growth增长很快"),
        # must not change
        ("国务院总理 李克强", "国务院总理 李克强"),
        ("1 2 3 4 5 6", "1 2 3 4 5 6"),  # a row of numbers, not justified text
        ("a b c d e", "a b c d e"),
        ("本届政府从1 9 9 3 年3 月就职", "本届政府从1 9 9 3 年3 月就职"),
    ],
)
def test_despace(line: str, expected: str) -> None:
    assert despace(line) == expected


@pytest.mark.parametrize(
    "dump",
    [
        "项目\t2019\t2020\t2021\n营业收入\t1,234\t1,456\t1,789\n净利润\t123\t145\t178\n" * 50,
        "\n".join(str(i * 37 % 1000) for i in range(2000)),
        "It was the best of times, it was the worst of times.\nIt was the age of wisdom.\n" * 200,
        "长" * 2_000_000,
        ("共建“一带一路”倡议，" * 100_000) + "\n",
        "，\n" * 50_000,
        "\n" * 100_000,
    ],
    ids=["table-dump", "column-of-numbers", "english-prose", "one-2M-line", "one-long-sentence",
         "commas-only", "newlines-only"],
)
def test_non_article_text_is_plain_blocks_in_linear_time(dump: str) -> None:
    t0 = time.perf_counter()
    blocks = repair(dump)
    assert time.perf_counter() - t0 < 5.0
    assert "".join(nonws(b.text) for b in blocks) == nonws(dump)


def test_time_grows_linearly() -> None:
    unit = "改革开放以来，我国\n制造业发展取得突出成\n就，建成了门类齐全的\n产业体系。\n\n"
    small, large = unit * 500, unit * 5000

    def timed(s: str) -> float:
        t0 = time.perf_counter()
        repair(s)
        return time.perf_counter() - t0

    timed(small)
    assert timed(large) < 30 * max(timed(small), 1e-3)


# A report's front matter and opening, written for this test, typeset as a dump (the project's
# re-wrap: columns 10–24 wide, no indent, column breaks, spaced-out lines) must come back whole.
REPORT = [
    "2025年四川省政府工作报告", "来源：四川日报", "2025年1月20日在四川省第十四届人民代表大会第四次会议上",
    "四川省人民政府省长 施小琳", "各位代表：", "现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员提出意见。",
    "2024年工作回顾", "过去一年，是实现“十四五”规划目标任务的关键一年。面对严峻复杂形势和多重困难挑战，全省各族人民承压前行、克难奋进。",
]


@pytest.mark.parametrize("blank_lines", [True, False])
@pytest.mark.parametrize("seed", range(6))
def test_report_front_matter_survives_typesetting(seed: int, blank_lines: bool) -> None:
    from evaluation.rewrap import rewrap

    assert texts(rewrap(REPORT, seed, blank_lines).text) == REPORT


# --- invariants -----------------------------------------------------------------------------

ALPHABET = st.sampled_from(
    list("制造业发展金融一二三是第（）“”，。；：！？、 \n\n\n▎□ab12.")
    + ["一是", "（一）", "一、", "作者单位：", "本报记者 ", "——", "  ", "\u3000"]
)
DUMPS = st.lists(ALPHABET, max_size=120).map("".join)


@settings(max_examples=300, deadline=None)
@given(DUMPS)
def test_repair_keeps_every_non_whitespace_character_in_order(dump: str) -> None:
    blocks = repair(dump)
    assert "".join(nonws(b.text) for b in blocks) == nonws(dump)
    assert all(b.text and b.text == b.text.strip() for b in blocks)
    assert [b.start for b in blocks] == sorted(b.start for b in blocks)
    for b in blocks:
        assert nonws(dump[b.start:b.end]) == nonws(b.text)


@settings(max_examples=300, deadline=None)
@given(DUMPS)
@example("——\n制制制制\n制")  # a lead-in dash alone, then the same read as repaired text
@example("制\n制制\n。作者单位：\n制")  # a one-line block over a paragraph opening on a short sentence
def test_repair_is_idempotent(dump: str) -> None:
    once = [b.text for b in repair(dump)]
    assert [b.text for b in repair("\n\n".join(once))] == once


# --- the seed -------------------------------------------------------------------------------

SEED_HEADINGS = [
    "共建“一带一路”需强化金融支持", "正确处理四方面关系", "找准支持“一带一路”建设的着力点",
    "▎清醒认识我国制造业发展的短板与严峻考验", "▎牢牢抓住新时代赋予的难得机遇",
    "▎厘清制造业高质量发展的基本思路", "▎加快实施六大举措", "我国制造业高质量发展的基本思路与举措",
]


@pytest.mark.corpus
def test_seed(seed_text: str) -> None:
    blocks = repair(seed_text)
    got = [b.text for b in blocks]
    assert "".join(map(nonws, got)) == nonws(seed_text)
    for heading in SEED_HEADINGS:
        assert heading in got  # whole, and a block of its own
    assert "□ 吕 铁 刘 丹" in got
    assert "（作者单位：兰州财经大学金融学院）" in got
    shi = [t[:2] for t in got if re.match("[一二三四五六]是", t)]  # list items, one per block
    assert shi == [f"{n}是" for n in "一二三四" "一二三四五" "一二三四五六" "一二三"]
    body = [t for t in got if not t.startswith("□")]
    assert not any(CJK_SPACE.search(t) for t in body)
    assert any(t.startswith("我国制造业已经具备") and t.endswith("务实举措。") for t in got)  # double-spaced
    assert "和金融服务立体化布局，满足不同市场主体" in "".join(got)
    assert [b.text for b in repair("\n\n".join(got))] == got


@pytest.mark.parametrize(("line", "kind"), [
    ("陈思远1，王 琳2", "byline"),  # a journal's author line: names with superscript marks
    ("张三*、李四", "byline"),
    ("有潜力、有韧", "body"),  # must not change: short words listed in running text
    ("稳增长、促改革、调结", "body"),
    ("（1.复旦大学经济学院，上海 200433；", "trailer"),  # a journal's affiliation line, wrapped
    ("【热点观察】", "label"),
    ("（读者 王建国）", "trailer"),  # a reader's signature under a letter
    ("（读者来信）", "body"),
    ("关键词：数据要素；市场化配置", "field"),
])
def test_line_kinds(line: str, kind: str) -> None:
    from zhdoc.dump.lines import read_lines

    assert read_lines(line)[0].kind == kind


# --- explaining the decisions -------------------------------------------------------------

def _paragraphs_from_explanations(dump: str) -> list[str]:
    out, cur = [], []
    explained = explain_breaks(dump)
    lines = [x.strip() for x in dump.split("\n") if x.strip()]
    assert len(explained) == len(lines)
    for i, line in enumerate(lines):
        cur.append(line)
        if explained[i][1].yes:
            out.append(nonws("".join(cur)))
            cur = []
    return out


@pytest.mark.parametrize("dump", [c.values[0] for c in CASES], ids=[c.id for c in CASES])
def test_explanations_give_the_same_paragraphs_as_repair(dump: str) -> None:
    assert _paragraphs_from_explanations(dump) == [nonws(t) for t in texts(dump)]


@pytest.mark.corpus
def test_explanations_on_the_seed(seed_text: str) -> None:
    assert _paragraphs_from_explanations(seed_text) == [nonws(b.text) for b in repair(seed_text)]


@pytest.mark.parametrize(("dump", "line", "why"), [
    ("发展经济，\n促进就业。", "发展经济，", "no, by ends_mid_clause"),
    ("（作者单位：兰州财经\n大学金融学院）\n正文开始于此。", "（作者单位：兰州财经", "no, by trailer_open"),
    ("（作者单位：兰州财经\n大学金融学院）\n正文开始于此。", "大学金融学院）", "yes, by trailer_closed"),
    ("□ 吕 铁 刘 丹\n制造业规模跃居世界第一。", "□ 吕 铁 刘 丹", "yes, by standalone_kind"),
    ("务实举措。\n一是处理好关系。\n二是加强合作。", "务实举措。", "yes, by item_1_before_item_2"),
])
def test_explanations_name_the_rule_that_decided(dump: str, line: str, why: str) -> None:
    assert dict((x, d.explain()) for x, d in explain_breaks(dump))[line] == why


def test_explanations_name_the_cues_that_fired() -> None:
    (_, d), (_, last) = explain_breaks("我国制造业规模跃居世界第一\n创新能力不断增强。")
    assert not d.yes and d.by is None and last.explain() == "yes, by text_ends"
    assert ("ends_on_character", -3.0) in d.fired and d.score == sum(w for _, w in d.fired)


def test_explain_cli(tmp_path, capsys) -> None:
    from zhdoc.dump.repair import PARAGRAPH_END, main

    path = tmp_path / "dump.txt"
    path.write_text("发展经济，\n促进就业。\n\n一是稳增长。", encoding="utf-8")
    assert main(["--explain", str(path)]) == 0
    out = capsys.readouterr().out
    assert "发展经济，\n    → no, by ends_mid_clause" in out
    assert main(["--rules"]) == 0
    listed = capsys.readouterr().out
    assert all(name in listed for name, _, _ in PARAGRAPH_END.rules())


def test_explanations_of_a_dump_cut_into_articles() -> None:
    dump = "正文第一段写完了。\n（作者为某大学教授）\n第一篇的标题\n张三丰\n第二篇的正文。\n第二篇的标题\n李\n四\n"
    why = dict((x, d.explain()) for x, d in explain_breaks(dump))
    assert why["第一篇的标题"] == "yes, by article_head" and why["张三丰"] == "yes, by article_head"
    assert why["第二篇的正文。"] == "yes, by text_ends"
