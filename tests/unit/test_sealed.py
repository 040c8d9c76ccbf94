"""Sealed Telegram ids: AES-GCM under an HKDF key of its own, bound to the pseudonym."""

from __future__ import annotations

import pytest

from bot.privacy.pseudonym import Keyring, SecretKey
from bot.privacy.sealed import INFO, Sealer, SealError

V1 = SecretKey(1, bytes(range(32)))
V2 = SecretKey(2, bytes(range(32, 64)))
CHAT = 7_341_925_817


def test_a_sealed_id_opens_for_its_owner_only() -> None:
    sealer = Sealer(Keyring((V1,)))
    blob = sealer.seal(CHAT, "pseudonym-a")
    assert sealer.open(blob, "pseudonym-a") == CHAT
    with pytest.raises(SealError):
        sealer.open(blob, "pseudonym-b")


def test_sealing_hides_the_id_and_never_repeats() -> None:
    sealer = Sealer(Keyring((V1,)))
    first, second = sealer.seal(CHAT, "p"), sealer.seal(CHAT, "p")
    assert first != second, "a fresh nonce every time: equal ids cannot be joined"
    for form in (str(CHAT).encode(), CHAT.to_bytes(8, "big"), CHAT.to_bytes(8, "little"),
                 CHAT.to_bytes(6, "big")):  # fmt: skip
        assert form not in first


def test_a_tampered_or_foreign_blob_does_not_open() -> None:
    sealer = Sealer(Keyring((V1,)))
    blob = bytearray(sealer.seal(CHAT, "p"))
    blob[-1] ^= 1
    with pytest.raises(SealError):
        sealer.open(bytes(blob), "p")
    stranger = Sealer(Keyring((SecretKey(1, bytes(32)),)))
    with pytest.raises(SealError):
        stranger.open(sealer.seal(CHAT, "p"), "p")


def test_rotation_opens_old_blobs_and_reseals_under_the_new_key() -> None:
    old_blob = Sealer(Keyring((V1,))).seal(CHAT, "old")
    rotated = Sealer(Keyring((V1, V2)))
    assert rotated.version == 2
    assert rotated.open(old_blob, "old") == CHAT
    new_blob = rotated.reseal(old_blob, "old", "new")
    assert new_blob[:2] == (2).to_bytes(2, "big")
    assert Sealer(Keyring((V2,))).open(new_blob, "new") == CHAT, "no longer needs key 1"


def test_the_sealing_key_is_not_the_pseudonym_key() -> None:
    assert INFO == b"reflectbot/sealed-telegram-ids/v1"
    assert V1.pseudonym("tg:1").encode() not in Sealer(Keyring((V1,))).seal(1, "tg:1")


def test_a_sealed_signature_opens_for_its_coach_only_and_never_as_an_id() -> None:
    sealer = Sealer(Keyring((V1,)))
    blob = sealer.seal_text("Hortensiaan", "coach-a")
    assert b"Hortensiaan" not in blob and "Hortensiaan".encode("utf-16-le") not in blob
    assert sealer.open_text(blob, "coach-a") == "Hortensiaan"
    assert sealer.seal_text("Hortensiaan", "coach-a") != blob, "a fresh nonce every time"
    with pytest.raises(SealError):
        sealer.open_text(blob, "coach-b")
    with pytest.raises(SealError):
        sealer.open(blob, "coach-a")
    with pytest.raises(SealError):
        sealer.open_text(sealer.seal(CHAT, "coach-a"), "coach-a")


def test_rotation_reseals_a_signature_for_the_new_pseudonym() -> None:
    old_blob = Sealer(Keyring((V1,))).seal_text("Mira", "old")
    new_blob = Sealer(Keyring((V1, V2))).reseal_text(old_blob, "old", "new")
    assert new_blob[:2] == (2).to_bytes(2, "big")
    assert Sealer(Keyring((V2,))).open_text(new_blob, "new") == "Mira"
