"""Synthetic chat: a cast of viewers in several languages, talking with emoji."""

from __future__ import annotations

import random
from dataclasses import dataclass

NAMES = (
    "김민준",
    "이서연",
    "Ayşe Yılmaz",
    "Mehmet K.",
    "Lucía Fernández",
    "Jean-Pierre",
    "Olga Smirnova",
    "田中 陽菜",
    "王伟",
    "Priya Sharma",
    "Mateus Silva",
    "Fatima Zahra",
    "NightOwl_42",
    "pixelpanda",
    "Chris O'Neil",
    "Søren Ågård",
    "Nguyễn Văn An",
    "Zoë",
    "xX_sn1per_Xx",
    "Anna-Lena",
)
LINES = (
    "안녕하세요! 오늘 방송 너무 재밌어요 😄",
    "Herkese selam! Yayın çok güzel.",
    "¡Hola desde Madrid! 🇪🇸",
    "first time here, love the vibe 💜",
    "ここのBGM何ですか？",
    "这个操作太厉害了 👍👍",
    "lol that was close 😂",
    "Bonjour tout le monde !",
    "Привет из Москвы 👋",
    "can you play the other map next?",
    "GG 🎉🎉🎉",
    "Is there a discount code today?",
    "Ich bin seit Stunde eins dabei 🙌",
    "F in the chat",
    "👀👀👀",
    "Olá! Quando vai ser a próxima live?",
    "mods please check the spam above 🙏",
    "this stream is 🔥🔥",
    "who else is watching from Istanbul?",
    "ㅋㅋㅋㅋㅋㅋ",
    "A longer message that wraps over several lines in a narrow window, because some viewers "
    "like to write whole paragraphs about the strategy, the music and their day. 📝",
)
SPAM = (
    "FREE FOLLOWERS at bit.ly/totally-legit !!!",
    "CHECK MY CHANNEL CHECK MY CHANNEL CHECK MY CHANNEL",
)


#: fewer viewers free to speak than this, and newcomers join the chat
FEW_LEFT = 5


@dataclass(frozen=True, slots=True)
class Viewer:
    id: str
    name: str
    role: str = "viewer"  # viewer | owner | manager


class Chatter:
    """Picks who says what; seeded, so a test sees the same chat every run."""

    def __init__(
        self, rng: random.Random, *, owner: str = "Streamer", id_prefix: str = "u"
    ) -> None:
        self._rng = rng
        self.owner = Viewer(f"{id_prefix}-owner", owner, "owner")
        self.manager = Viewer(f"{id_prefix}-mgr", "ModSquad Lead", "manager")
        self._prefix = id_prefix
        self.viewers = [Viewer(f"{id_prefix}-{i:03d}", name) for i, name in enumerate(NAMES)]

    def speaker(self, *, exclude: set[str] | frozenset[str] = frozenset()) -> Viewer:
        roll = self._rng.random()
        if roll < 0.05 and self.owner.id not in exclude:
            return self.owner
        if roll < 0.10 and self.manager.id not in exclude:
            return self.manager
        allowed = [v for v in self.viewers if v.id not in exclude]
        while len(allowed) < FEW_LEFT:
            # most of the cast is banned (automod at a fast demo rate): newcomers join, as in
            # a real chat; a banned viewer never speaks again while banned
            allowed.append(self._newcomer())
        return self._rng.choice(allowed)

    def _newcomer(self) -> Viewer:
        n = len(self.viewers)
        name = f"{NAMES[n % len(NAMES)]} {n // len(NAMES) + 1}"
        viewer = Viewer(f"{self._prefix}-{n:03d}", name)
        self.viewers.append(viewer)
        return viewer

    def line(self) -> str:
        if self._rng.random() < 0.04:
            return self._rng.choice(SPAM)
        return self._rng.choice(LINES)
