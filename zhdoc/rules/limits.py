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
#: a block the layout calls a title holds at most this many characters (else it is body text)
TITLE_MAX = 60
#: a lede without a byline before it is at least this long
LEDE_MIN = 50
#: a running header or page-number line is at most this long
FURNITURE_MAX = 24
