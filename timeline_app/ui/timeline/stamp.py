"""Sprite stamping: hundreds of markers copied into one ARGB buffer with numpy, drawn with one drawImage.

A QPainter call costs ~5 µs from Python, so a frame with 1,000 markers and cluster pills spends most of its time in
call overhead. Stamping copies each marker's pre-rendered pixels into a numpy buffer with a row-slice assignment
(~1 µs) and hands Qt one image. Only used on raster devices; PDF/SVG get real vector shapes.
"""
from __future__ import annotations

import threading

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

PAD = 48  # margin (pixels) around the buffer so sprites cut by the edge need no per-pixel bounds checks


_local = threading.local()


def _buffer(h: int, w: int) -> np.ndarray:
    """A zeroed (h, w) uint32 buffer, reusing this thread's last one of that size: clearing warm memory costs
    less than fresh pages from np.zeros, which fault in one by one on first write (several MB per frame)."""
    spare = getattr(_local, "spare", None)
    if spare is None or spare.shape != (h, w):
        spare = _local.spare = np.zeros((h, w), np.uint32)
    else:
        spare.fill(0)
    return spare


class StampBuffer:
    """An ARGB32 premultiplied buffer over ``area`` (logical coordinates) at ``dpr`` pixels per unit."""

    def __init__(self, area: QRectF, dpr: float = 1.0):
        self.area = QRectF(area)
        self.dpr = dpr
        self.w = max(1, int(np.ceil(area.width() * dpr)))
        self.h = max(1, int(np.ceil(area.height() * dpr)))
        self.W, self.H = self.w + 2 * PAD, self.h + 2 * PAD
        self.buf = _buffer(self.H, self.W)
        self.used = False

    def blit(self, sprites: list[np.ndarray], xs: np.ndarray, ys: np.ndarray) -> None:
        """Copy whole 2-D sprites (``sprites[i]`` at top-left (xs[i], ys[i])) with slice assignment: for sprites of
        a few hundred pixels, row slices beat fancy indexing several times over. Transparent pixels are copied too
        (markers never overlap: each stays inside its cell)."""
        if not len(xs):
            return
        x0 = (np.round((np.asarray(xs) - self.area.left()) * self.dpr).astype(np.int64) + PAD).tolist()
        y0 = (np.round((np.asarray(ys) - self.area.top()) * self.dpr).astype(np.int64) + PAD).tolist()
        buf, W, H = self.buf, self.W, self.H
        for a, x, y in zip(sprites, x0, y0):
            h, w = a.shape
            if x >= 0 and y >= 0 and x + w <= W and y + h <= H:
                buf[y:y + h, x:x + w] = a
        self.used = True

    def draw(self, p: QPainter) -> None:
        if not self.used:
            return
        img = QImage(self.buf.data, self.W, self.H, self.W * 4, QImage.Format.Format_ARGB32_Premultiplied)
        img.setDevicePixelRatio(self.dpr)
        p.drawImage(QRectF(self.area.left(), self.area.top(), self.w / self.dpr, self.h / self.dpr), img,
                    QRectF(PAD, PAD, self.w, self.h))
