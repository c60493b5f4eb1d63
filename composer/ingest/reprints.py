"""Reprint detection: the same article printed by two sources, with small edits.

Exact copies share a content hash. Edited reprints (another headline, a paragraph
trimmed, punctuation changed) are found with MinHash over character 4-grams and
locality-sensitive hashing: each article's signature is cut into bands, articles
sharing a band are candidates, and a candidate is confirmed by the real overlap of the
two texts' 4-gram sets. Simhash was measured to miss most edited reprints (see
../shared/NOTES.md); MinHash+LSH finds them at thousands of articles per second.

Containment (overlap / smaller set) is used rather than Jaccard so that a trimmed
reprint of a long article still matches.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from composer.common.text import folded_codes

SHINGLE = 4
BANDS = 12
ROWS = 4
PERMUTATIONS = BANDS * ROWS
MIN_CHARS = 80  # shorter texts (photo titles, infographic lists) are never linked
CONTAINMENT_THRESHOLD = 0.8
LIKELY_JACCARD = 0.4  # estimated from 48 MinHashes; edited reprints score 0.6 and up

_POWERS = np.array([1_000_003**k for k in range(SHINGLE)][::-1], dtype=np.uint64)


def text_codes(body: str) -> np.ndarray:
    """The code points reprints are compared on: Chinese characters, letters and digits,
    folded; whitespace and punctuation — where reprints differ most — are dropped."""
    codes, han, word = folded_codes(body)
    kept: np.ndarray = codes[han | word]  # (numpy types a masked selection as Any)
    return kept


def shingles(codes: np.ndarray, *, distinct: bool = True) -> np.ndarray:
    """64-bit hashes of the character 4-grams of ``text_codes`` (distinct unless told)."""
    if codes.size < SHINGLE:
        return np.zeros(0, dtype=np.uint64)
    wide = codes.astype(np.uint64)
    with np.errstate(over="ignore"):
        hashes = wide[:-3] * _POWERS[0] + wide[1:-2] * _POWERS[1] + wide[2:-1] * _POWERS[2] + wide[3:]
    return np.unique(hashes) if distinct else hashes


_MIX = np.uint64(0x9E3779B97F4A7C15)
_EMPTY = np.uint32(0xFFFFFFFF)


def signature(shingle_hashes: np.ndarray) -> np.ndarray:
    """MinHash signature of PERMUTATIONS uint32 values by one-permutation hashing.

    One mixing pass splits the shingles into PERMUTATIONS bins and keeps the smallest
    value per bin (Li, Owen & Zhang 2012) — the same Jaccard estimate as 48 separate
    hash functions at a tenth of the cost; empty bins borrow from the next bin
    (rotation densification, Shrivastava & Li 2014)."""
    if shingle_hashes.size == 0:
        return np.full(PERMUTATIONS, _EMPTY, dtype=np.uint32)
    with np.errstate(over="ignore"):
        mixed = shingle_hashes * _MIX
        mixed ^= mixed >> np.uint64(29)
        mixed *= np.uint64(0xBF58476D1CE4E5B9)
        mixed ^= mixed >> np.uint64(32)
    bins = ((mixed >> np.uint64(32)) % np.uint64(PERMUTATIONS)).astype(np.intp)
    values = (mixed & np.uint64(0xFFFFFFFE)).astype(np.uint32)  # even: odd marks borrowed
    result = np.full(PERMUTATIONS, _EMPTY, dtype=np.uint32)
    np.minimum.at(result, bins, values)
    return _densify(result)


def _densify(result: np.ndarray) -> np.ndarray:
    empty = np.flatnonzero(result == _EMPTY)
    if empty.size == 0 or empty.size == PERMUTATIONS:
        return result
    filled = np.flatnonzero(result != _EMPTY)
    for index in empty:  # the next filled bin to the right, wrapping round
        source = filled[np.searchsorted(filled, index) % filled.size]
        result[index] = result[source] | np.uint32(1)  # odd: never equals a real minimum by chance
    return result


_BAND_MIX = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD1B54A32D192ED03][:ROWS], dtype=np.uint64
)
_BAND_SALT = (np.arange(BANDS, dtype=np.uint64) + np.uint64(1)) * np.uint64(0xD6E8FEB86659FD93)


def band_keys_of(signatures: np.ndarray) -> np.ndarray:
    """LSH keys, shape (n, BANDS) int64, for signatures of shape (n, PERMUTATIONS).

    Each key mixes one band's ROWS values with the band number, so equal keys mean
    (up to a 2**-64 collision) equal bands. Vectorised: loading 100,000 stored
    signatures into an index takes a fraction of a second.
    """
    rows = signatures.reshape(-1, BANDS, ROWS).astype(np.uint64)
    with np.errstate(over="ignore"):
        mixed = (rows * _BAND_MIX).sum(axis=2, dtype=np.uint64) + _BAND_SALT
        mixed ^= mixed >> np.uint64(31)
        mixed *= np.uint64(0xBF58476D1CE4E5B9)
        mixed ^= mixed >> np.uint64(29)
    keys: np.ndarray = mixed.view(np.int64)  # (numpy types a view as Any)
    return keys


def band_keys(sig: np.ndarray) -> list[int]:
    keys: list[int] = band_keys_of(sig[None, :])[0].tolist()
    return keys


class LshIndex:
    """Band key -> article ids, in memory for one import batch.

    Built from the signatures stored in the library (sorted numpy arrays, looked up
    with searchsorted), plus the articles stored during the batch.
    """

    def __init__(self, stored: dict[int, np.ndarray]) -> None:
        self.signatures = dict(stored)
        ids = np.fromiter(stored.keys(), dtype=np.int64, count=len(stored))
        if stored:
            keys = band_keys_of(np.stack(list(stored.values())))
            order = np.argsort(keys, axis=None, kind="stable")
            self._keys = keys.ravel()[order]
            self._ids = np.repeat(ids, BANDS)[order]
        else:
            self._keys = np.zeros(0, dtype=np.int64)
            self._ids = np.zeros(0, dtype=np.int64)
        self._added: dict[int, list[int]] = {}
        # The largest article id the index knows, to catch up with other writers.
        self.newest = max(stored, default=0)

    def add(self, article_id: int, print_: Fingerprint) -> None:
        self.add_signature(article_id, print_.signature, print_.bands)

    def discard(self, article_id: int) -> None:
        """Forget an article (its storing was rolled back); its band entries are ignored."""
        self.signatures.pop(article_id, None)

    def add_signature(self, article_id: int, signature: np.ndarray, bands: list[int] | None = None) -> None:
        self.signatures[article_id] = signature
        self.newest = max(self.newest, article_id)
        for key in bands if bands is not None else band_keys(signature):
            self._added.setdefault(key, []).append(article_id)

    def candidates(self, print_: Fingerprint) -> list[int]:
        """Articles sharing a band and whose signatures suggest real overlap."""
        keys = np.asarray(print_.bands, dtype=np.int64)
        left = np.searchsorted(self._keys, keys, side="left")
        right = np.searchsorted(self._keys, keys, side="right")
        found = {int(i) for lo, hi in zip(left, right) for i in self._ids[lo:hi]}
        for key in print_.bands:
            found.update(self._added.get(key, ()))
        ids = sorted(article_id for article_id in found if article_id in self.signatures)
        if not ids:
            return []
        others = np.stack([self.signatures[article_id] for article_id in ids])
        agreement = np.count_nonzero(others == print_.signature, axis=1) / PERMUTATIONS
        return [article_id for article_id, share in zip(ids, agreement) if share >= LIKELY_JACCARD]


def containment(first: np.ndarray, second: np.ndarray) -> float:
    if first.size == 0 or second.size == 0:
        return 0.0
    overlap = np.intersect1d(first, second, assume_unique=True).size
    return overlap / min(first.size, second.size)


@dataclass
class Fingerprint:
    """What the library stores per article to find its reprints later. Small, because
    it travels from the import worker processes."""

    content_hash: str
    signature: np.ndarray
    bands: list[int]
    length: int  # characters compared (letters and digits only)

    @property
    def comparable(self) -> bool:
        return self.length >= MIN_CHARS


def fingerprint(body: str) -> Fingerprint:
    codes = text_codes(body)
    sig = signature(shingles(codes, distinct=False))
    return Fingerprint(
        content_hash=hashlib.sha256(codes.tobytes()).hexdigest(),
        signature=sig,
        bands=band_keys(sig),
        length=int(codes.size),
    )


def estimated_jaccard(first: np.ndarray, second: np.ndarray) -> float:
    return float(np.count_nonzero(first == second)) / first.size


def best_match(candidate_bodies: dict[int, str], body: str) -> tuple[int, float] | None:
    """The candidate whose text really contains (most of) ``body``, if any."""
    own = shingles(text_codes(body))
    best: tuple[int, float] | None = None
    for article_id, other in candidate_bodies.items():
        score = containment(own, shingles(text_codes(other)))
        if score >= CONTAINMENT_THRESHOLD and (best is None or score > best[1]):
            best = (article_id, score)
    return best


def reprint_pairs(
    stored: dict[int, np.ndarray], load_bodies: Callable[[list[int]], dict[int, str]]
) -> list[tuple[int, int, float]]:
    """All (earlier, later, containment) reprint pairs among articles with stored
    signatures: LSH buckets from one sort, then the exact check on the few candidates."""
    if not stored:
        return []
    ids = np.fromiter(stored.keys(), dtype=np.int64, count=len(stored))
    signatures = np.stack(list(stored.values()))
    keys = band_keys_of(signatures).ravel()
    owners = np.repeat(ids, BANDS)
    order = np.argsort(keys, kind="stable")
    keys, owners = keys[order], owners[order]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    ends = np.r_[starts[1:], keys.size]
    pairs: set[tuple[int, int]] = set()
    for start, end in zip(starts[ends - starts > 1], ends[ends - starts > 1]):
        members = sorted(set(owners[start:end].tolist()))
        for i, first in enumerate(members):
            for second in members[i + 1 :]:
                if estimated_jaccard(stored[first], stored[second]) >= LIKELY_JACCARD:
                    pairs.add((first, second))
    return _verified(sorted(pairs), load_bodies)


def _verified(
    pairs: list[tuple[int, int]], load_bodies: Callable[[list[int]], dict[int, str]]
) -> list[tuple[int, int, float]]:
    needed = sorted({article_id for pair in pairs for article_id in pair})
    texts = {article_id: shingles(text_codes(body)) for article_id, body in load_bodies(needed).items()}
    found = []
    for first, second in pairs:
        score = containment(texts[first], texts[second])
        if score >= CONTAINMENT_THRESHOLD:
            found.append((first, second, score))
    return found


def group_reprints(bodies: dict[int, str]) -> list[tuple[int, int, float]]:
    """Reprint pairs in a set of texts not yet fingerprinted (tests, one-off checks)."""
    prints = {article_id: fingerprint(body) for article_id, body in bodies.items()}
    stored = {article_id: p.signature for article_id, p in prints.items() if p.comparable}
    return reprint_pairs(stored, lambda ids: {i: bodies[i] for i in ids})
