#!/usr/bin/env python3
# Draws the io.arrowhead.ui tree, overlay and toolbar icons (16x16 name.png and 32x32 name@2x.png, RGBA) with Pillow.
# Run: python3 releng/icons/draw_icons.py [--out DIR] [--preview SHEET.png]   (needs Pillow: apt-get install python3-pil)
import argparse
import math
import os

from PIL import Image, ImageChops, ImageDraw, ImageFilter

SS = 16  # supersampling: shapes are drawn SS times larger and box-filtered down, so edges on pixel lines stay crisp

# Palette, matching gateways.png and progress.png.
SLATE = (91, 112, 131)
SLATE_D = (66, 84, 101)
SLATE_M = (154, 170, 185)
SLATE_L = (215, 225, 234)
SLATE_XL = (240, 244, 248)
WHITE = (255, 255, 255)
GREEN = (63, 174, 90)
GREEN_D = (36, 122, 58)
GREEN_L = (126, 224, 126)
BLUE_D = (38, 96, 163)
BLUE = (74, 141, 219)
BLUE_L = (164, 202, 242)
BLUE_XL = (226, 238, 251)
RED = (222, 68, 56)
RED_D = (166, 36, 28)
ORANGE = (243, 146, 36)
ORANGE_D = (190, 100, 8)
FOLDER_D = (176, 134, 44)
FOLDER = (236, 197, 96)
FOLDER_L = (250, 222, 146)
DEMO = (230, 120, 16)

SOFT = 110  # alpha of the in-between pixels that round off hand-placed 16x16 curves

# Characters of the hand-placed 16x16 pixel maps; digits are the soft (partly transparent) edge pixels.
PAL = {
    "o": SLATE, "O": SLATE_D, "m": SLATE_M, "l": SLATE_L, "x": SLATE_XL, "w": WHITE,
    "B": BLUE_D, "b": BLUE, "c": BLUE_L, "e": BLUE_XL,
    "G": GREEN_D, "g": GREEN, "h": GREEN_L,
    "R": RED_D, "r": RED, "Y": ORANGE_D, "y": ORANGE, "d": DEMO,
    "F": FOLDER_D, "f": FOLDER, "k": FOLDER_L,
    "1": SLATE + (SOFT,), "2": BLUE_D + (SOFT,), "3": GREEN_D + (SOFT,), "4": RED + (SOFT,),
    "5": DEMO + (SOFT,), "6": FOLDER_D + (SOFT,), "7": SLATE_D + (SOFT,), "8": BLUE + (SOFT,),
}


def rgba(c):
    return c if len(c) == 4 else c + (255,)


class Canvas:
    """Supersampled surface in icon pixel units; boxes (x0, y0, x1, y1) run along pixel edges."""

    def __init__(self, n):
        self.n = n
        self.hi = Image.new("RGBA", (n * SS, n * SS), (0, 0, 0, 0))

    # masks (mode "L", drawn at the supersampled size) ---------------------------------------------------------
    def blank(self):
        return Image.new("L", self.hi.size, 0)

    @staticmethod
    def _box(x0, y0, x1, y1):
        return [round(x0 * SS), round(y0 * SS), round(x1 * SS) - 1, round(y1 * SS) - 1]

    def rect(self, x0, y0, x1, y1, r=0):
        m = self.blank()
        d = ImageDraw.Draw(m)
        if r > 0:
            d.rounded_rectangle(self._box(x0, y0, x1, y1), radius=round(r * SS), fill=255)
        else:
            d.rectangle(self._box(x0, y0, x1, y1), fill=255)
        return m

    def ellipse(self, x0, y0, x1, y1):
        m = self.blank()
        ImageDraw.Draw(m).ellipse(self._box(x0, y0, x1, y1), fill=255)
        return m

    def circle(self, cx, cy, r):
        return self.ellipse(cx - r, cy - r, cx + r, cy + r)

    def poly(self, pts):
        m = self.blank()
        ImageDraw.Draw(m).polygon([(x * SS, y * SS) for x, y in pts], fill=255)
        return m

    def line(self, pts, w=1.0, caps="butt"):
        m = self.blank()
        d = ImageDraw.Draw(m)
        hp = [(x * SS, y * SS) for x, y in pts]
        d.line(hp, fill=255, width=round(w * SS), joint="curve")
        if caps == "round":
            r = w * SS / 2
            for x, y in (hp[0], hp[-1]):
                d.ellipse([x - r, y - r, x + r, y + r], fill=255)
        return m

    def arc(self, cx, cy, r, a0, a1, w=1.0):
        """Stroke of width w centred on a circle of radius r, from a0 to a1 degrees (clockwise from 3 o'clock)."""
        m = self.blank()
        ro = (r + w / 2) * SS
        ImageDraw.Draw(m).arc([cx * SS - ro, cy * SS - ro, cx * SS + ro, cy * SS + ro], a0, a1, fill=255,
                              width=round(w * SS))
        return m

    def erode(self, mask, w=1.0):
        """Shrinks a mask by w icon pixels (a disk-shaped erosion sampled on the disk's rim)."""
        r = w * SS
        out = mask
        for k in range(48):
            a = 2 * math.pi * k / 48
            dx, dy = round(r * math.cos(a)), round(r * math.sin(a))
            moved = self.blank()
            moved.paste(mask, (dx, dy))
            out = ImageChops.darker(out, moved)
        return out

    # painting ---------------------------------------------------------------------------------------------------
    def paint(self, mask, color):
        layer = Image.new("RGBA", self.hi.size, rgba(color))
        if len(color) == 4:
            mask = mask.point(lambda v: v * color[3] // 255)
        layer.putalpha(mask)
        self.hi.alpha_composite(layer)

    def clear(self, mask):
        self.hi.putalpha(ImageChops.subtract(self.hi.getchannel("A"), mask))

    def outlined(self, mask, outline, fill, w=1.0):
        """Paints a shape with a crisp w-pixel outline inside its edge."""
        inner = self.erode(mask, w)
        self.paint(mask, outline)
        if fill is None:
            self.clear(inner)
        else:
            self.paint(inner, fill)
        return inner

    def box(self, x0, y0, x1, y1, outline, fill, r=0, w=1):
        return self.outlined(self.rect(x0, y0, x1, y1, r), outline, fill, w)

    def image(self):
        return self.hi.resize((self.n, self.n), Image.BOX)


def union(*masks):
    m = masks[0]
    for k in masks[1:]:
        m = ImageChops.lighter(m, k)
    return m


def minus(a, b):
    return ImageChops.subtract(a, b)


def inter(a, b):
    return ImageChops.multiply(a, b)


# helpers at icon resolution ----------------------------------------------------------------------------------

def pixels(img, x0, y0, rows, colors=PAL):
    """Paints a hand-placed pixel map; characters missing from colors ('.') and pixels off the image are skipped."""
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    for j, row in enumerate(rows):
        for i, ch in enumerate(row):
            x, y = x0 + i, y0 + j
            if ch in colors and 0 <= x < img.width and 0 <= y < img.height:
                layer.putpixel((x, y), rgba(colors[ch]))
    img.alpha_composite(layer)
    return img


def halo(mark, alpha=240):
    """Gives a mark a 1px white rim so it stays readable on top of a base icon."""
    a = mark.getchannel("A").point(lambda v: 255 if v > 60 else 0)
    grown = a.filter(ImageFilter.MaxFilter(3))
    out = Image.new("RGBA", mark.size, WHITE + (0,))
    out.putalpha(grown.point(lambda v: v * alpha // 255))
    out.alpha_composite(mark)
    return out


def knockout(base, mark):
    """Clears the base icon under the mark and a 1px rim around it, then draws the mark: a decorated icon."""
    cut = mark.getchannel("A").point(lambda v: 255 if v > 60 else 0).filter(ImageFilter.MaxFilter(3))
    out = base.copy()
    out.putalpha(ImageChops.subtract(out.getchannel("A"), cut))
    out.alpha_composite(mark)
    return out


def empty(n):
    return Image.new("RGBA", (n, n), (0, 0, 0, 0))


# shared parts -------------------------------------------------------------------------------------------------

def cylinder_tags(w, h, insets):
    """Pixel-art cylinder w x h; insets: how far each row of the lid's upper half starts in, top row first, ending
    with 0 for the widest row. Returns rows of tags: 'O' outline, 'R' lid rim, 's' soft edge, ('L', i) lid row i,
    'B' body, None."""
    k = len(insets)
    g = [[None] * w for _ in range(h)]

    def run(y, a, b, t):
        for x in range(a, b + 1):
            g[y][x] = t

    def edge(i):  # last outline pixel of the left arc in row i, so the arc stays 8-connected
        a = insets[i]
        if i == 0:
            return w - 1 - a
        return max(a, insets[i - 1] - (2 if i == k - 1 else 1))

    def arc_row(y, i, fill):
        a, e = insets[i], edge(i)
        if a > 0:
            g[y][a - 1] = g[y][w - a] = "s"
        run(y, a, e, "O")
        run(y, w - 1 - e, w - 1 - a, "O")
        if i > 0 and fill is not None:
            run(y, e + 1, w - 2 - e, fill)

    y, lid = 0, 0
    for i in range(k):
        arc_row(y, i, ("L", lid))
        lid += i > 0
        y += 1
    for i in range(k - 2, -1, -1):  # lower half of the lid: sides, body, the rim, lid inside
        a, e = insets[i], edge(i)
        g[y][0] = g[y][w - 1] = "O"
        run(y, 1, a - 1, "B")
        run(y, w - a, w - 2, "B")
        run(y, a, e, "R")
        run(y, w - 1 - e, w - 1 - a, "R")
        if i > 0:
            run(y, e + 1, w - 2 - e, ("L", lid))
            lid += 1
        y += 1
    while y < h - (k - 1):
        g[y][0] = g[y][w - 1] = "O"
        run(y, 1, w - 2, "B")
        y += 1
    for i in range(k - 2, -1, -1):
        arc_row(y, i, "B")
        y += 1
    return g


def pixel_cylinder(img, x0, y0, w, h, insets, outline, body, lids):
    """Paints a cylinder_tags cylinder; lids is one colour or a list with one colour per lid row."""
    g = cylinder_tags(w, h, insets)
    for y in range(h):
        for x in range(w):
            t = g[y][x]
            if t is None:
                continue
            if t in ("O", "R"):
                col = outline
            elif t == "s":
                col = outline + (SOFT,)
            elif t == "B":
                col = body
            else:
                col = lids[t[1]] if isinstance(lids, list) else lids
            pixels(img, x0 + x, y0 + y, ["#"], {"#": col})
    return img


# The thin volume at 16x16: the volume's pixels with the outline broken into dashes around a pale fill.
THIN16 = [
    "...wbbbbw...",
    ".bbwwwwwwbb.",
    "wwwwwwwwwwww",
    "bbbwwwwwwbbb",
    "beeebbbbeeeb",
    "eeeeeeeeeeee",
    "beeeeeeeeeeb",
    "beeeeeeeeeeb",
    "eeeeeeeeeeee",
    "beeeeeeeeeeb",
    "beeeeeeeeeeb",
    "eeeeeeeeeeee",
    ".bbeeeeeebb.",
    "...ebbbbe...",
]


def cylinder(c, x0, x1, y0, y1, ry, outline, body, lid, dashes=None):
    """Upright cylinder (supersampled): x0..x1 wide, lid top at y0, bottom at y1, lid ellipse 2*ry high."""
    sil = union(c.ellipse(x0, y0, x1, y0 + 2 * ry), c.rect(x0, y0 + ry, x1, y1 - ry),
                c.ellipse(x0, y1 - 2 * ry, x1, y1))
    top = c.ellipse(x0, y0, x1, y0 + 2 * ry)
    inner = c.erode(sil)
    top_in = c.erode(top)
    ring = union(minus(sil, inner), minus(top, top_in))
    if dashes is None:
        c.paint(inner, body)
        c.paint(top_in, lid)
    else:  # the gaps between the dashes show the fill
        c.paint(sil, body)
        c.paint(top, lid)
        ring = inter(ring, dashes)
    c.paint(ring, outline)
    return sil


def dash_mask(c, x0, x1, y_side0, y_side1, period, on):
    """Stripes that break an outline into dashes: stripes across y on the straight sides (x0..x1 being the outer
    edges, y_side0..y_side1 their straight part), stripes across x everywhere else."""
    n = c.n
    m = c.blank()
    d = ImageDraw.Draw(m)
    for k in range(n):
        if k % period < on:
            d.rectangle([k * SS, 0, (k + 1) * SS - 1, n * SS - 1], fill=255)
    sides = union(c.rect(x0, y_side0, x0 + 2, y_side1), c.rect(x1 - 2, y_side0, x1, y_side1))
    across = c.blank()
    d = ImageDraw.Draw(across)
    for k in range(n):
        if (k - round(y_side0)) % period < on:
            d.rectangle([0, k * SS, n * SS - 1, (k + 1) * SS - 1], fill=255)
    return union(minus(m, sides), inter(across, sides))


VOLUME = (BLUE_D, BLUE, BLUE_L)
VOLUME_THIN = (BLUE, BLUE_XL, WHITE)
SNAPSHOT = (BLUE_D, BLUE_L, BLUE_XL)


def volume_img(n, dx, dy, colors=VOLUME, thin=False):
    """The volume cylinder: 12x14 at (dx, dy) on the 16x16 icon, 22x28 at (2dx+1, 2dy) on the 32x32 one."""
    outline, body, lid = colors
    if n == 16:
        if thin:
            return pixels(empty(16), dx, dy, THIN16, dict(PAL, b=outline, e=body, w=lid))
        return pixel_cylinder(empty(16), dx, dy, 12, 14, [3, 1, 0], outline, body, lid)
    c = Canvas(n)
    x0, y0 = 2 * dx + 1, 2 * dy
    dashes = dash_mask(c, x0, x0 + 22, y0 + 5, y0 + 23, 5, 3) if thin else None
    cylinder(c, x0, x0 + 22, y0, y0 + 28, 5, outline, body, lid, dashes)
    return c.image()


def plus_mark(n):
    if n == 16:
        return pixels(empty(n), 9, 9, [
            "..GGG..",
            "..GhG..",
            "GGGhGGG",
            "GhhhhhG",
            "GGGhGGG",
            "..GhG..",
            "..GGG..",
        ])
    c = Canvas(n)
    c.outlined(union(c.rect(18, 22, 32, 28, 1), c.rect(22, 18, 28, 32, 1)), GREEN_D, GREEN_L)
    c.paint(union(c.rect(19, 24, 31, 26), c.rect(24, 19, 26, 31)), GREEN)
    return c.image()


def clock_mark(n):
    if n == 16:
        return pixels(empty(n), 9, 9, [
            ".7OOO7.",
            "7OwwwO7",
            "OwwOwwO",
            "OwwOwwO",
            "OwwwOwO",
            "7OwwwO7",
            ".7OOO7.",
        ])
    c = Canvas(n)
    c.outlined(c.circle(25, 25, 7), SLATE_D, WHITE, 1.5)
    c.paint(union(c.rect(24, 20, 26, 26), c.line([(25, 25), (28.5, 28.5)], 2, "round")), SLATE_D)
    return c.image()


def play_mark(n):
    if n == 16:
        return pixels(empty(n), 10, 9, [
            "Y5....",
            "YYY5..",
            "YyyYY5",
            "YyyyyY",
            "YyyYY5",
            "YYY5..",
            "Y5....",
        ], dict(PAL, Y=ORANGE_D, y=ORANGE, **{"5": ORANGE_D + (SOFT,)}))
    c = Canvas(n)
    c.outlined(c.poly([(19, 18), (31.5, 25), (19, 32)]), ORANGE_D, ORANGE)
    return c.image()


def folder_img(n):
    if n == 16:
        return pixels(empty(16), 0, 2, [
            ".6FFFFF6........",
            ".FfffffFFFFFFF6.",
            ".FffffffffffffF.",
            ".FFFFFFFFFFFFFF.",
            ".FkkkkkkkkkkkkF.",
            ".FkkkkkkkkkkkkF.",
            ".FkkkkkkkkkkkkF.",
            ".FkkkkkkkkkkkkF.",
            ".FkkkkkkkkkkkkF.",
            ".FkkkkkkkkkkkkF.",
            ".FkkkkkkkkkkkkF.",
            ".FkkkkkkkkkkkkF.",
            ".6FFFFFFFFFFFF6.",
        ])
    c = Canvas(n)
    back = union(c.rect(2, 4, 14, 10, 2), c.rect(2, 6, 30, 28, 2), c.poly([(12, 4.5), (16.5, 7.2), (12, 7.2)]))
    c.outlined(back, FOLDER_D, FOLDER)
    c.outlined(c.rect(2, 10, 30, 28, 2), FOLDER_D, FOLDER_L)
    return c.image()


# icons --------------------------------------------------------------------------------------------------------

def gateway_img(n, demo=False):
    c = Canvas(n)
    if n == 16:
        c.paint(c.rect(1, 1, 15, 9, 2), SLATE)
        c.paint(c.rect(3, 4, 5, 6), GREEN_L)
        c.paint(c.rect(7, 4, 13, 5), SLATE_L)
        c.paint(c.rect(7, 5, 13, 6), SLATE_M)
        c.paint(c.rect(7, 9, 9, 12), SLATE)
        c.paint(c.rect(3, 12, 9 if demo else 13, 13), SLATE)
        c.box(1, 10, 6, 15, SLATE, WHITE, 1)
        if not demo:
            c.box(10, 10, 15, 15, SLATE, WHITE, 1)
    else:
        c.paint(c.rect(1, 2, 31, 18, 4), SLATE)
        c.paint(c.circle(7, 10, 2.5), GREEN_L)
        c.paint(c.rect(13, 8, 27, 10), SLATE_L)
        c.paint(c.rect(13, 10, 27, 12), SLATE_M)
        c.paint(c.rect(15, 18, 17, 25), SLATE)
        c.paint(c.rect(7, 24, 17 if demo else 25, 26), SLATE)
        c.box(2, 20, 12, 30, SLATE, WHITE, 2, 2)
        if not demo:
            c.box(20, 20, 30, 30, SLATE, WHITE, 2, 2)
    return c.image()


def icon_gateway(n):
    return gateway_img(n)


def icon_gateway_demo(n):
    return knockout(gateway_img(n, True), play_mark(n))


def icon_system(n):
    if n == 16:
        img = empty(16)
        for x, y in ((4, 0), (0, 8), (8, 8)):
            pixel_cylinder(img, x, y, 8, 8, [2, 0], SLATE, SLATE_M, SLATE_L)
        return img
    c = Canvas(n)
    cylinder(c, 8, 24, 1, 16, 3, SLATE, SLATE_M, SLATE_L)
    cylinder(c, 1, 16, 14, 30, 3, SLATE, SLATE_M, SLATE_L)
    cylinder(c, 16, 31, 14, 30, 3, SLATE, SLATE_M, SLATE_L)
    return c.image()


def shield_points(x0, y0, x1, y1, corner):
    """A heater shield: straight top with rounded corners, straight sides, curved flanks meeting in a point."""
    cx = (x0 + x1) / 2
    side = y0 + (y1 - y0) * 0.45
    left = []
    for i in range(25):  # quadratic curve from the point up to the side
        t = i / 24
        ctl = side + (y1 - side) * 0.45
        left.append(((1 - t) ** 2 * cx + (2 * (1 - t) * t + t * t) * x0,
                     (1 - t) ** 2 * y1 + 2 * (1 - t) * t * ctl + t * t * side))
    left += [(x0, y0 + corner), (x0 + corner * 0.3, y0 + corner * 0.3), (x0 + corner, y0)]
    right = [(2 * cx - x, y) for x, y in reversed(left)]
    return left + right


def icon_protection_domain(n):
    if n == 16:
        rows = ["1oooooooooo1"] + ["occcccbbbbbo"] * 7 + [
            "1occccbbbbo1",
            ".occccbbbbo.",
            ".1occcbbbo1.",
            "..1occbbo1..",
            "...1ocbo1...",
            "....1oo1....",
        ]
        return pixels(empty(16), 2, 1, rows)
    c = Canvas(n)
    inner = c.outlined(c.poly(shield_points(4, 2, 28, 31, 2)), SLATE, SLATE_L)
    c.paint(inter(inner, c.rect(16, 0, 32, 32)), BLUE)
    c.paint(inter(inner, c.rect(0, 0, 16, 32)), BLUE_L)
    return c.image()


def icon_storage_pool(n):
    if n == 16:
        return pixel_cylinder(empty(16), 0, 2, 16, 12, [5, 2, 1, 0], SLATE, SLATE_L,
                              [SLATE_XL, BLUE_L, BLUE, BLUE, BLUE])
    c = Canvas(n)
    x0, x1, y0, y1, ry = 1, 31, 6, 27, 5.5
    sil = union(c.ellipse(x0, y0, x1, y0 + 2 * ry), c.rect(x0, y0 + ry, x1, y1 - ry),
                c.ellipse(x0, y1 - 2 * ry, x1, y1))
    c.outlined(sil, SLATE, SLATE_L)
    top_in = c.outlined(c.ellipse(x0, y0, x1, y0 + 2 * ry), SLATE, SLATE_XL)
    water = inter(top_in, c.ellipse(x0 + 1, y0 + 3, x1 - 1, y0 + 2 * ry + 1))
    c.paint(water, BLUE)
    c.paint(inter(water, c.ellipse(x0 + 6, y0 + 4.5, x1 - 6, y0 + 2 * ry - 1.5)), BLUE_L)
    return c.image()


def icon_volume(n):
    return volume_img(n, 2, 1)


def icon_volume_thin(n):
    return volume_img(n, 2, 1, VOLUME_THIN, True)


def icon_snapshot(n):
    return knockout(volume_img(n, 1, 1, SNAPSHOT), clock_mark(n))


def icon_sdc(n):
    c = Canvas(n)
    if n == 16:
        c.box(1, 2, 15, 12, SLATE, BLUE_L, 1)
        c.paint(c.rect(2, 3, 14, 4), BLUE_XL)
        c.paint(c.rect(7, 12, 9, 14), SLATE)
        c.paint(c.rect(4, 14, 12, 15), SLATE)
    else:
        c.box(2, 4, 30, 24, SLATE, SLATE_L, 2)
        c.box(4, 6, 28, 21, SLATE_M, BLUE_L, 0.5)
        c.paint(c.poly([(5, 7), (15, 7), (5, 16)]), BLUE_XL)
        c.paint(c.rect(14, 24, 18, 28), SLATE)
        c.paint(c.rect(8, 28, 24, 30, 1), SLATE)
    return c.image()


def icon_sds(n):
    c = Canvas(n)
    if n == 16:
        c.box(1, 1, 15, 15, SLATE, SLATE_L, 1)
        for y in (3, 7, 11):
            c.paint(c.rect(3, y, 10, y + 2), SLATE)
            c.paint(c.rect(12, y, 13, y + 1), GREEN)
    else:
        c.box(2, 2, 30, 30, SLATE, SLATE_L, 2)
        for y in (5, 13, 21):
            c.box(5, y, 27, y + 6, SLATE, SLATE_XL, 1)
            c.paint(c.rect(7, y + 2, 18, y + 4), SLATE_M)
            c.paint(c.circle(23, y + 3, 1.5), GREEN)
    return c.image()


def icon_device(n):
    if n == 16:
        return pixels(empty(16), 0, 3, [
            ".1oooooooooooo1.",
            ".oxxxxxxxxxxxxo.",
            ".oxxmmmmmmmmxxo.",
            ".oxxxxxxxxxxxxo.",
            ".oxxxxxxxxxxxxo.",
            ".oooooooooooooo.",
            ".ommmmmmmmmmmmo.",
            ".ommmmmmmmmggmo.",
            ".ommmmmmmmmmmmo.",
            ".1oooooooooooo1.",
        ])
    c = Canvas(n)
    c.box(2, 6, 30, 27, SLATE, SLATE_XL, 2)
    c.paint(c.rect(3, 18, 29, 26, 1), SLATE_M)
    c.paint(c.rect(2, 17, 30, 18), SLATE)
    c.paint(c.rect(8, 10, 24, 12, 1), SLATE_M)
    for x in (5.5, 26.5):
        c.paint(c.circle(x, 10, 1), SLATE_M)
    c.paint(c.rect(6, 21, 16, 22), SLATE)
    c.paint(c.rect(22, 21, 26, 23, 0.5), GREEN)
    return c.image()


def icon_folder(n):
    return folder_img(n)


def icon_range(n):
    img = folder_img(n)
    if n == 16:
        return pixels(img, 4, 9, ["OO.OO.OO", "OO.OO.OO"])
    c = Canvas(n)
    for x in (10, 16, 22):
        c.paint(c.circle(x, 19.5, 2), SLATE_D)
    img.alpha_composite(c.image())
    return img


# overlays: the whole canvas, the mark in one corner --------------------------------------------------------------

def mark_mapped(n):
    if n == 16:
        return pixels(empty(n), 9, 9, [
            "..G.G..",
            "..G.G..",
            ".GGGGG.",
            ".GhhhG.",
            ".3GhG3.",
            "..GGG..",
            "...G...",
        ])
    c = Canvas(n)
    c.paint(union(c.rect(21, 17, 23, 22), c.rect(27, 17, 29, 22)), GREEN_D)
    c.outlined(union(c.rect(19, 21, 31, 25, 0.5), c.poly([(19, 24), (31, 24), (28, 28.5), (22, 28.5)]),
                     c.rect(22, 26, 28, 29, 1.5)), GREEN_D, GREEN_L)
    c.paint(c.rect(24, 29, 26, 32), GREEN_D)
    return c.image()


def mark_disconnected(n):
    if n == 16:
        return pixels(empty(n), 9, 9, [
            "rr...rr",
            "rrr.rrr",
            ".rrrrr.",
            "..rrr..",
            ".rrrrr.",
            "rrr.rrr",
            "rr...rr",
        ])
    c = Canvas(n)
    c.paint(union(c.line([(20, 20), (30, 30)], 3.2, "round"), c.line([(30, 20), (20, 30)], 3.2, "round")), RED)
    return c.image()


def mark_error(n):
    if n == 16:
        return pixels(empty(n), 0, 9, [
            ".4RRR4.",
            "4RrrrR4",
            "RrwrwrR",
            "RrrwrrR",
            "RrwrwrR",
            "4RrrrR4",
            ".4RRR4.",
        ], dict(PAL, **{"4": RED_D + (SOFT,)}))
    c = Canvas(n)
    c.outlined(c.circle(7, 25, 7), RED_D, RED)
    c.paint(union(c.line([(4.5, 22.5), (9.5, 27.5)], 1.8, "round"), c.line([(9.5, 22.5), (4.5, 27.5)], 1.8, "round")),
            WHITE)
    return c.image()


def mark_demo(n):
    if n == 16:
        return pixels(empty(n), 9, 0, [
            "5ddddd5",
            "dwwwddd",
            "dwddwdd",
            "dwddwdd",
            "dwddwdd",
            "dwwwddd",
            "5ddddd5",
        ])
    c = Canvas(n)
    c.outlined(c.rect(18, 0, 32, 14, 3), ORANGE_D, DEMO)
    outer = union(c.rect(21, 3, 25, 11), c.rect(21, 3, 29, 11, 4))
    c.paint(minus(outer, union(c.rect(23, 5, 25, 9), c.rect(23, 5, 27, 9, 2))), WHITE)
    return c.image()


def icon_ovr_mapped(n):
    return halo(mark_mapped(n))


def icon_ovr_disconnected(n):
    return halo(mark_disconnected(n))


def icon_ovr_error(n):
    return halo(mark_error(n))


def icon_ovr_demo(n):
    return halo(mark_demo(n))


# toolbar ---------------------------------------------------------------------------------------------------------

def icon_new_volume(n):
    return knockout(volume_img(n, 1, 0), plus_mark(n))


PLUG16 = [
    "...........GGG3.",
    "...GGGGG...GggG.",
    "..GhhhhhG..GggG.",
    ".GhhhhhhGPPGggG.",
    "CGhhhhhhG..GggGC",
    "CGhhhhhhG..GggGC",
    ".GhhhhhhGPPGggG.",
    "..GhhhhhG..GggG.",
    "...GGGGG...GggG.",
    "...........GGG3.",
]


def plug_img(n, pulled, outline, fill, fill_socket, cable):
    """A plug (left) whose two pins go into a socket (right); pulled: both moved apart, their cables out of sight."""
    d = 1 if pulled else 0
    if n == 16:
        img = empty(16)
        colors = dict(PAL, G=outline, h=fill, g=fill_socket, C=cable, P=outline, **{"3": outline + (SOFT,)})
        pixels(img, -d, 3, [row[:11] for row in PLUG16], colors)
        return pixels(img, 11 + d, 3, [row[11:] for row in PLUG16], colors)
    c = Canvas(n)
    px, sx = -2 * d, 2 * d
    c.paint(c.rect(0, 14, 4 + px, 18), cable)
    c.outlined(c.poly([(2 + px, 12), (6 + px, 8), (18 + px, 8), (18 + px, 24), (6 + px, 24), (2 + px, 20)]),
               outline, fill)
    c.paint(union(c.rect(18 + px, 12, 23 + px, 14), c.rect(18 + px, 18, 23 + px, 20)), outline)
    c.outlined(c.rect(22 + sx, 6, 30 + sx, 26, 2), outline, fill_socket)
    c.paint(union(c.rect(22 + sx, 12, 25 + sx, 14), c.rect(22 + sx, 18, 25 + sx, 20)), outline)
    c.paint(c.rect(29 + sx, 14, 32, 18), cable)
    return c.image()


def icon_connect(n):
    return plug_img(n, False, GREEN_D, GREEN_L, GREEN, GREEN_D)


def icon_disconnect(n):
    return plug_img(n, True, SLATE, SLATE_L, SLATE_M, SLATE)


def icon_refresh(n):
    if n == 16:
        return pixels(empty(16), 0, 2, [
            ".....8bbbb8.....",
            "...8bbbbbbbb8...",
            "..8bbb....bbb...",
            "...bb......bb...",
            "..........bbbbbb",
            "..bb.......bbbb.",
            ".bbbb.......bb..",
            "bbbbbb..........",
            "...bb......bb...",
            "...bbb....bbb8..",
            "...8bbbbbbbb8...",
            ".....8bbbb8.....",
        ])
    c = Canvas(n)
    cx, cy, r, w, head = 16, 16, 10.5, 3, 6
    for a0, a1 in ((200, 330), (20, 150)):
        c.paint(c.arc(cx, cy, r, a0, a1, w), BLUE)
        a = math.radians(a1)
        px, py = cx + r * math.cos(a), cy + r * math.sin(a)
        tx, ty = -math.sin(a), math.cos(a)  # clockwise tangent
        nx, ny = math.cos(a), math.sin(a)  # outward normal
        tip = (px + tx * head * 0.9, py + ty * head * 0.9)
        c.paint(c.poly([tip, (px + nx * head, py + ny * head), (px - nx * head, py - ny * head)]), BLUE)
    return c.image()


def camera_img(n):
    c = Canvas(n)
    if n == 16:
        c.outlined(union(c.rect(0, 4, 13, 13, 1), c.rect(3, 2, 8, 5, 1)), SLATE, SLATE_L)
        c.paint(c.rect(10, 6, 12, 7), SLATE_M)
        return pixels(c.image(), 3, 5, [
            ".1ooo1.",
            "1obbbo1",
            "obwbbbo",
            "obbbbbo",
            "obbbbbo",
            "1obbbo1",
            ".1ooo1.",
        ])
    c.outlined(union(c.rect(1, 8, 29, 26, 3), c.rect(9, 4, 19, 10, 2)), SLATE, SLATE_L)
    c.outlined(c.circle(14, 17, 6.5), SLATE, BLUE_L)
    c.outlined(c.circle(14, 17, 3.5), BLUE_D, BLUE)
    c.paint(c.circle(12.5, 15.5, 1.2), WHITE)
    c.box(22, 11, 26, 14, SLATE, WHITE, 0.5)
    return c.image()


def icon_snapshot_take(n):
    return knockout(camera_img(n), plus_mark(n))


ICONS = [
    ("gateway", icon_gateway, "a REST gateway: server unit on a network link"),
    ("gateway_demo", icon_gateway_demo, "the gateway with an orange play mark: the embedded demo gateway"),
    ("system", icon_system, "a cluster: three small cylinders"),
    ("protection_domain", icon_protection_domain, "a shield"),
    ("storage_pool", icon_storage_pool, "a wide shallow pool holding blue storage"),
    ("volume", icon_volume, "a blue disk cylinder: thick-provisioned volume"),
    ("volume_thin", icon_volume_thin, "the volume cylinder, pale with a dashed outline: thin-provisioned"),
    ("snapshot", icon_snapshot, "a pale cylinder with a clock"),
    ("sdc", icon_sdc, "a host monitor: storage data client"),
    ("sds", icon_sds, "a storage server with drive sleds and lights"),
    ("device", icon_device, "a hard drive"),
    ("folder", icon_folder, "a grouping folder"),
    ("range", icon_range, "a folder with an ellipsis: a range of children"),
    ("ovr_mapped", icon_ovr_mapped, "overlay, bottom right: green plug, mapped to a host"),
    ("ovr_disconnected", icon_ovr_disconnected, "overlay, bottom right: red cross, disconnected"),
    ("ovr_error", icon_ovr_error, "overlay, bottom left: white x in a red circle, error"),
    ("ovr_demo", icon_ovr_demo, "overlay, top right: orange D badge, demo"),
    ("new_volume", icon_new_volume, "toolbar: volume with a green plus"),
    ("connect", icon_connect, "toolbar: plug in its socket, green"),
    ("disconnect", icon_disconnect, "toolbar: plug pulled out, grey"),
    ("refresh", icon_refresh, "toolbar: two circular arrows"),
    ("snapshot_take", icon_snapshot_take, "toolbar: camera with a green plus"),
]


def preview(images, path, names=None):
    """A contact sheet: per icon 1x and 2x on white and on dark, then 1x and 2x magnified 4x (nearest neighbour)."""
    names = names or list(images)
    bw, bh, cols = 204, 180, 6
    rows = (len(names) + cols - 1) // cols
    sheet = Image.new("RGBA", (cols * bw, rows * bh), (190, 190, 190, 255))
    for i, name in enumerate(names):
        one, two = images[name]
        x, y = (i % cols) * bw + 4, (i // cols) * bh + 4
        for j, bg in enumerate(((255, 255, 255, 255), (43, 43, 43, 255))):
            tile = Image.new("RGBA", (20, 20), bg)
            tile.alpha_composite(one, (2, 2))
            sheet.alpha_composite(tile, (x + j * 22, y + 8))
            tile = Image.new("RGBA", (36, 36), bg)
            tile.alpha_composite(two, (2, 2))
            sheet.alpha_composite(tile, (x + 50 + j * 38, y))
        for img, dx in ((one, 0), (two, 68)):
            big = Image.new("RGBA", img.size, (255, 255, 255, 255))
            big.alpha_composite(img)
            sheet.alpha_composite(big.resize((img.width * 4, img.height * 4), Image.NEAREST), (x + dx, y + 40))
    sheet.save(path)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description="Draws the io.arrowhead.ui icons.")
    ap.add_argument("--out", default=os.path.join(here, "..", "..", "bundles", "io.arrowhead.ui", "icons"))
    ap.add_argument("--preview", help="also write a contact sheet to this PNG")
    ap.add_argument("--only", nargs="*", help="draw only these icons")
    args = ap.parse_args()
    images = {}
    for name, draw, what in ICONS:
        if args.only and name not in args.only:
            continue
        one, two = draw(16), draw(32)
        images[name] = (one, two)
        one.save(os.path.join(args.out, name + ".png"), optimize=True)
        two.save(os.path.join(args.out, name + "@2x.png"), optimize=True)
        print("%-18s %s" % (name, what))
    if args.preview:
        preview(images, args.preview)


if __name__ == "__main__":
    main()
