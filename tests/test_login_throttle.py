"""The admin login throttle: kept on disk per address, growing pauses, a global ceiling that spares others."""

from __future__ import annotations

import pytest

from kb.web.access import (
    FIRST_PAUSE,
    FORGET_AFTER,
    FREE_TRIES,
    GLOBAL_CEILING,
    LOCAL,
    MAX_PAUSE,
    AdminGate,
    address_key,
    login_store,
)

ADMIN, STRANGER = "198.51.100.7", "203.0.113.9"


@pytest.fixture
def clock():
    return [1_000_000.0]


@pytest.fixture
def gate(tmp_path, clock):
    gate = AdminGate("right", login_store(tmp_path / "index"), clock=lambda: clock[0])
    yield gate
    gate.store.close()


def test_wrong_tries_say_how_many_remain_then_pause_and_the_pause_grows(gate, clock):
    assert [gate.check("wrong", STRANGER).tries_left for _ in range(FREE_TRIES - 1)] == [4, 3, 2, 1]
    assert gate.check("wrong", STRANGER).wait_seconds == FIRST_PAUSE
    refused = gate.check("right", STRANGER)  # locked: not even the right password is looked at
    assert not refused.ok and refused.wait_seconds == pytest.approx(FIRST_PAUSE)
    clock[0] += FIRST_PAUSE + 1
    assert gate.check("wrong", STRANGER).wait_seconds == 2 * FIRST_PAUSE
    clock[0] += 2 * FIRST_PAUSE + 1
    assert gate.check("wrong", STRANGER).wait_seconds == 4 * FIRST_PAUSE
    for _ in range(30):  # never more than MAX_PAUSE
        clock[0] += MAX_PAUSE + 1
        last = gate.check("wrong", STRANGER)
    assert last.wait_seconds == MAX_PAUSE
    clock[0] += MAX_PAUSE + 1
    assert gate.check("right", STRANGER).ok


def test_the_count_lives_on_disk_so_a_new_gate_or_process_sees_it(tmp_path, clock):
    first = AdminGate("right", login_store(tmp_path / "index"), clock=lambda: clock[0])
    for _ in range(FREE_TRIES):
        first.check("wrong", STRANGER)
    first.store.close()
    second = AdminGate("right", login_store(tmp_path / "index"), clock=lambda: clock[0])
    assert second.seconds_locked(STRANGER) == pytest.approx(FIRST_PAUSE)
    assert not second.check("right", STRANGER).ok
    second.store.close()


def test_empty_submissions_do_not_count(gate):
    for _ in range(3 * FREE_TRIES):
        verdict = gate.check("", STRANGER)
        assert verdict.empty and not verdict.ok and not verdict.wait_seconds
    assert gate.check("wrong", STRANGER).tries_left == FREE_TRIES - 1


def test_a_stranger_never_locks_out_another_address(gate, clock):
    for _ in range(FREE_TRIES * 4):
        gate.check("wrong", STRANGER)
    assert gate.seconds_locked(STRANGER) > 0 and gate.seconds_locked(ADMIN) == 0
    assert gate.check("right", ADMIN).ok


def test_the_global_ceiling_slows_many_addresses_but_spares_the_admins_own(gate, clock):
    assert gate.check("right", ADMIN).ok  # the admin's address has logged in before
    for n in range(GLOBAL_CEILING):  # a crowd, each address below its own limit
        clock[0] += 1
        gate.check("wrong", f"192.0.2.{n}")
    newcomer = gate.check("wrong", "192.0.2.250")
    assert newcomer.wait_seconds == FIRST_PAUSE  # past the ceiling: one try, then a pause
    assert gate.check("wrong", ADMIN).tries_left == FREE_TRIES - 1  # the admin keeps all their tries
    assert gate.check("right", "192.0.2.251").ok  # an address that has not guessed wrong is not held back
    assert gate.check("right", ADMIN).ok


def test_wrong_tries_are_forgotten_after_a_quiet_day(gate, clock):
    for _ in range(FREE_TRIES - 1):
        gate.check("wrong", STRANGER)
    clock[0] += FORGET_AFTER + 1
    assert gate.check("wrong", STRANGER).tries_left == FREE_TRIES - 1


def test_addresses_are_keyed_sensibly():
    assert address_key(None) == address_key("") == address_key("not an ip") == LOCAL
    assert address_key("203.0.113.9") == "203.0.113.9"
    assert address_key("::ffff:203.0.113.9") == "203.0.113.9"
    assert address_key("2001:db8:1:2:3:4:5:6") == address_key("2001:db8:1:2:ffff::1") == "2001:db8:1:2::/64"
