"""Rule profiles: the shipped ones (national default, 吉林 2021) and which one a branch uses."""

from __future__ import annotations

from functools import cached_property

from sqlalchemy.engine import Engine

from branchdesk.domain.members import MemberRules
from branchdesk.domain.profiles import Profile, ProfileData, member_rules, parse_profile, resolve
from branchdesk.resources import resource_path
from branchdesk.store.engine import session_scope
from branchdesk.store.models import Branch

DEFAULT_PROFILE = "national"


class ProfileService:
    """Loads the profile files once and hands out resolved, frozen profiles."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @cached_property
    def _data(self) -> dict[str, ProfileData]:
        folder = resource_path("profiles")
        data = {}
        for path in sorted(folder.glob("*.toml")):
            parsed = parse_profile(path.read_text(encoding="utf-8"))
            data[parsed.key] = parsed
        return data

    @cached_property
    def _resolved(self) -> dict[str, Profile]:
        return {key: resolve(self._data, key) for key in self._data}

    def keys(self) -> list[str]:
        return list(self._resolved)

    def choices(self) -> list[tuple[str, str]]:
        """(key, display name) pairs, the national default first."""
        ordered = sorted(self._resolved.values(), key=lambda p: (p.key != DEFAULT_PROFILE, p.key))
        return [(p.key, p.name) for p in ordered]

    def get(self, key: str) -> Profile:
        return self._resolved.get(key) or self._resolved[DEFAULT_PROFILE]

    def for_branch(self, branch_id: int) -> Profile:
        with session_scope(self._engine) as session:
            branch = session.get(Branch, branch_id)
            key = branch.profile_key if branch else DEFAULT_PROFILE
        return self.get(key)

    def member_rules_for(self, branch_id: int) -> MemberRules:
        return member_rules(self.for_branch(branch_id))
