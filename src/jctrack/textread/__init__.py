"""Reading Chinese report text: bytes to text, text to figures with their names, roles and periods.

`decode` turns bytes into text (UTF-8 or GB18030) or refuses them; `document.Document` reads the text
once, in order, into sentences whose figures know what they are of; `reader.Reader` gives those
sentences in turn and remembers the figures said so far (`said`); `indicators` finds the data file's
indicator a name means. Both `audit` and `extract` read text through this package.
"""
