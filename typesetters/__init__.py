"""Programs that typeset PDF fixtures from known text, so that the reader can be scored against
what was set. Test and evaluation tools only: the product (``zhdoc``) never imports them."""
