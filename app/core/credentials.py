"""A team study's password in the system keyring (Windows Credential Locker, macOS Keychain, Secret Service).

Never in settings files or logs. Any failure of the keyring — none installed, locked, refused — is not an error:
``stored_password`` returns None and ``remember_password`` False, and the window asks for the password each time.
"""

from __future__ import annotations

SERVICE = "Lectio team study"


def account(url: str, login: str) -> str:
    """The keyring's name for one login on one study: ``login@host:port/database`` (no password in it)."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return f"{login}@{u.host or 'localhost'}:{u.port or 5432}/{u.database or ''}"


def stored_password(url: str, login: str) -> str | None:
    try:
        import keyring

        return keyring.get_password(SERVICE, account(url, login))
    except Exception:  # noqa: BLE001 - any keyring failure means: ask the user
        return None


def remember_password(url: str, login: str, password: str) -> bool:
    try:
        import keyring

        keyring.set_password(SERVICE, account(url, login), password)
        return True
    except Exception:  # noqa: BLE001 - not remembered; asked again next time
        return False


def forget_password(url: str, login: str) -> None:
    try:
        import keyring

        keyring.delete_password(SERVICE, account(url, login))
    except Exception:  # noqa: BLE001 - nothing stored, or no keyring: nothing to forget
        pass
