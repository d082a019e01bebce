# 由 scripts/setup.mjs 调用：fontforge -lang=py -script merge-slices.py OUT.ttf SLICE1.woff SLICE2.woff …
# Joins the unicode-range slices of one Fontsource face (Noto Serif SC, Noto Sans SC: about 100 WOFF files, each
# a TrueType subset of the same font) back into one TrueType font.
#
# Why: with slices, Chromium loads and sanitises each slice the text touches, and the PDF embeds each as a font
# of its own (47 fonts in the internal draft instead of 12); measuring text in Node (@napi-rs/canvas) with 100
# fallback faces is some 30× slower than with one. One file found through fontconfig (by local() in the page) is
# measured 0.14 s faster per build and 4% smaller.
#
# The slices name their glyphs by code point (uni4E00, space …), so a glyph that several slices carry (the space,
# .notdef, some punctuation) is the same glyph, and mergeFonts keeps the first. That is checked: every code point
# of every slice must come out with its glyph's name and advance width.
import sys
import fontforge

target, slices = sys.argv[1], sorted(sys.argv[2:])
font = fontforge.open(slices[0])
# The first slice may open as a BMP font; characters beyond the BMP (🈚, rare names) need the full encoding.
font.encoding = 'UnicodeFull'
for path in slices[1:]:
    font.mergeFonts(path)

for path in slices:
    part = fontforge.open(path)
    for glyph in part.glyphs():
        if glyph.unicode < 0:
            continue
        if glyph.unicode not in font:
            sys.exit(f'{path}: U+{glyph.unicode:04X} missing after merging')
        merged = font[glyph.unicode]
        if merged.glyphname != glyph.glyphname or merged.width != glyph.width:
            sys.exit(f'{path}: U+{glyph.unicode:04X} is {merged.glyphname}/{merged.width} after merging, {glyph.glyphname}/{glyph.width} in the slice')

font.generate(target)
