# 由 scripts/setup.mjs 调用：fontforge -lang=py -script otf-to-ttf.py IN.otf OUT.ttf
# Converts a CID-keyed CFF font (Fandol) to TrueType outlines, which Chromium embeds as real fonts.
#
# It also cleans the character map. Fandol maps some glyphs from several code points: 示 (U+793A) and the
# Kangxi radical ⽰ (U+2F70) share a glyph, the space glyph also answers to U+0000–U+001F. A PDF writer
# builds its ToUnicode map from the lowest such code point, so copied text came out as ⽰ and U+0001.
# Each glyph keeps only ordinary code points, its primary being the lowest of them.
#
# And it names the font by its family: Fandol's name table says “FandolFang R” for both the family and the full
# name, which PDF viewers and font lists then show. The TrueType gets Family “FandolFang”, SubFamily “Regular” and
# Fullname “FandolFang Regular”, taken from the PostScript name (FandolFang-Regular), which stays as it is.
import sys
import fontforge

source, target = sys.argv[1], sys.argv[2]
font = fontforge.open(source)
if font.cidfontname:
    font.cidFlatten()

def ordinary(cp):
    return cp >= 0x20 and not (0x2E80 <= cp <= 0x2FDF)

for glyph in font.glyphs():
    points = set()
    if glyph.unicode >= 0:
        points.add(glyph.unicode)
    for alt in glyph.altuni or ():
        points.add(alt[0])
    keep = sorted(cp for cp in points if ordinary(cp))
    if sorted(points) == keep and (not keep or glyph.unicode == keep[0]):
        continue
    glyph.unicode = keep[0] if keep else -1
    glyph.altuni = tuple((cp, -1, 0) for cp in keep[1:]) or None

# The vertical metrics of the hhea table are written from the OS/2 typographic ones. FontForge otherwise writes the
# descender as +200 (below the baseline is negative), and Chromium, which lays out lines by hhea, then sets every
# Fandol line 0.2 em lower in its line box than the font means: body text sat 3.2 pt low, the page number 1 mm.
font.hhea_ascent_add = font.hhea_descent_add = False
font.hhea_ascent = font.os2_typoascent
font.hhea_descent = font.os2_typodescent
font.hhea_linegap = font.os2_typolinegap

family, _, style = font.fontname.partition('-')
style = style or 'Regular'
font.familyname = family
font.fullname = f'{family} {style}'
# appendSFNTName keeps an entry that is already there, so the table is rewritten with these entries in place.
names = {'Family': family, 'SubFamily': style, 'Fullname': f'{family} {style}', 'Preferred Family': family, 'Preferred Styles': style}
font.sfnt_names = tuple((lang, key, value) for lang, key, value in font.sfnt_names if not (lang == 'English (US)' and key in names)) + tuple(('English (US)', key, value) for key, value in names.items())

font.generate(target)
