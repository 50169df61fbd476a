"""Length limits, in characters: one name per limit, used by every step that needs it."""

#: a heading holds at most this many characters (repair: a block without sentence punctuation
#: this short may be a heading; segmentation: a heading block; lists: a marker line this short
#: without a clause end is a heading, not an item)
HEADING_MAX = 40
#: a block at most this long with no sentence punctuation, ending on a short line, stands alone
#: (titles, date and speaker lines)
BARE_MAX = 80
#: a byline holds at most this many non-whitespace characters
BYLINE_MAX = 40
#: a source line (来源：…) holds at most this many non-whitespace characters
SOURCE_MAX = 40
#: a subtitle (——…) holds at most this many non-whitespace characters
SUBTITLE_MAX = 80
#: a title holds at most this many characters (a block the layout calls a title, else it is body
#: text) and a dump's title at most this many lines
TITLE_MAX = 60
TITLE_LINES = 6
#: a part of an article's head (kicker, title) holds at least this many characters: in 101
#: articles of 人民日报's website (2025) and 43 of its pages (2018) no title and no kicker is
#: shorter but a column's own name (纵横) and a kicker leading into its title (广西柳州——); so
#: in a dump two shorter lines are one part wrapped in a narrow column (突破事务主 / 义的“窄门”),
#: and a shorter line over a head's parts is the column's label (思想纵横, 评论员观察)
HEAD_PART_MIN = 7
#: a title holds at most this many characters (a kicker may hold more): none longer in the 101 articles of
#: 人民日报's website (2025; the longest 24) and the 43 of its pages (2018; 21), but the name
#: of a document the paper reprints (关于…的意见, 40); so in a dump a line and the lines after it
#: that together run longer are two parts, a kicker over its title (将经过3至5年持续努力，…保障有力
#: 的服务体系 / 促进高校毕业生高质量充分就业), even where the first fills its column (清明之际，
#: 各地开展多种形式的纪念活动缅怀英烈, 22 characters in a 22-character column, over 追寻最闪亮的
#: 坐标). 32 until 2026-12-05, when a kicker as long as its column over a title of 6-10
#: characters (28-30 together) was read as the title's first line; 26 is the longest title
#: seen with a margin of two
TITLE_PART_MAX = 26
#: head lines of one length, each at most this many characters (spaces aside), parallel (a
#: character in one place in each), are one part set as a couplet (生僻字更易输入 / 文言文更快释读,
#: 既提高就业数量 / 又提高就业质量): parts this short are few (3 of 101 titles, 2 of 37 kickers),
#: a kicker and a title both this short, of one length and parallel fewer still
COUPLET_MAX = 8
#: a line of an article head in a dump (kicker, title, subtitle) holds at most this many
#: characters (a website copy's whole header lines run long: 把握习近平经济思想的…专家谈）)
HEAD_LINE_MAX = 80
#: a lead-in heading ending with a dash (江苏苏州——) holds at most this many characters
LEAD_IN_MAX = 12
#: a photo credit or numbered caption holds at most this many characters
CREDIT_MAX = 80
#: a website copy's date note spans at most this many lines (a narrow column wraps it)
NOTE_LINES = 3
#: a photo's captions and their credits, under a head in a dump, span at most this many lines
#: (two numbered captions and their credits, wrapped at a photo's width: 4)
CAPTION_LINES = 5
#: a photo's credit after its caption (新华社记者  王毓国摄, 周万平摄（人民视觉）) holds at most this
#: many characters
CREDIT_TAIL_MAX = 16
#: a masthead over a dump's first article (page number and name, date line) holds at most this
#: many lines, each at most this many characters
MASTHEAD_LINES, MASTHEAD_MAX = 6, 24
#: a lede without a byline before it is at least this long
LEDE_MIN = 50
#: a running header or page-number line is at most this long
FURNITURE_MAX = 24
#: a line recurring in a dump is a running header (理论, 人民日报) only when at most this long
#: (a line of prose may recur: two articles quoting one sentence)
RECUR_MAX = 12
#: a heading wrapped over short lines in running text (a narrow column) holds at most this
#: many lines and characters
WRAPPED_HEADING_LINES, WRAPPED_HEADING_MAX = 6, 60
#: a block standing alone with no sentence in it is a heading up to this many characters: the
#: 11 real 2018 theory pages' 35 headings run to 58 (5 past HEADING_MAX, which bounds where
#: repair and breaks look for one: 社会主要矛盾变化标志着全面建成小康社会成功在望、全面建设社会主义
#: 现代化国家乘势而上, 41)
HEADING_TEXT_MAX = WRAPPED_HEADING_MAX
#: a heading parts at most this many phrases with commas (更加注重“提质”，推进国土绿化)
HEADING_COMMAS = 2
#: how many characters wider than its column a line must be to stand outside it (a heading or
#: title set whole over a narrow column): wrapped text overruns its column by at most a
#: pushed-back punctuation mark or an unbroken Latin word (a line ending on either is not judged)
OVER_COLUMN = 1.5
#: a column's name may be two short phrases parted by one comma (走企业，看高质量发展) this short
LABEL_SHORT = 12
