"""The Brilliant Directories fake answers like the docs: statuses, envelopes, paging, limits."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from moderator.fakes.brilliant import BrilliantFake
from moderator.fakes.brilliant.service import API_KEY, READ_ONLY_KEY

# literal paths from the providers' documentation (docs/providers.md), never the client's
# constants: a client that misreads them must fail against the fake
MESSAGES = "/api/v2/chat_message_items"
THREADS = "/api/v2/chat_message_threads"
VERIFY = "/api/v2/token/verify"


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def site(clock: Clock) -> BrilliantFake:
    fake = BrilliantFake(seed=5, clock=clock)
    fake.add_chatter(60)
    return fake


@pytest.fixture
async def api(site: BrilliantFake) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=site.app),
        base_url="https://www.yourdomain.com",
        headers={"X-Api-Key": API_KEY},
    ) as client:
        yield client


async def test_verify_names_the_site_and_key(api: httpx.AsyncClient) -> None:
    response = await api.get(VERIFY)
    assert response.status_code == 200
    assert response.json() == {
        "status": "success",
        "message": {"website": "https://www.yourdomain.com", "key": "Moderator demo key"},
    }


async def test_list_envelope_is_all_strings_and_pages_by_25(api: httpx.AsyncClient) -> None:
    body = (await api.get(f"{MESSAGES}/get")).json()
    assert body["status"] == "success"
    assert body["total"] == "60"
    assert (body["current_page"], body["total_pages"]) == (1, 3)
    assert len(body["message"]) == 25
    assert body["next_page"]
    assert body["prev_page"] == ""
    for row in body["message"]:
        assert set(row) == {
            "message_id",
            "message_token",
            "thread_token",
            "message_status",
            "message_owner",
            "message_content",
            "created_at",
        }
        assert all(isinstance(v, str) for v in row.values())
        assert len(row["created_at"]) == 14
        assert row["created_at"].isdigit()


async def test_limit_is_capped_at_100(api: httpx.AsyncClient, site: BrilliantFake) -> None:
    site.add_chatter(90)
    body = (await api.get(f"{MESSAGES}/get", params={"limit": "500"})).json()
    assert len(body["message"]) == 100
    assert body["total_pages"] == 2


async def test_page_is_an_opaque_cursor_and_a_number_means_page_one(
    api: httpx.AsyncClient,
) -> None:
    first = (await api.get(f"{MESSAGES}/get", params={"limit": "10"})).json()
    numbered = (await api.get(f"{MESSAGES}/get", params={"limit": "10", "page": "2"})).json()
    assert numbered["current_page"] == 1
    assert numbered["message"] == first["message"]
    params = {"limit": "10", "page": first["next_page"]}
    second = (await api.get(f"{MESSAGES}/get", params=params)).json()
    assert second["current_page"] == 2
    assert second["message"][0]["message_id"] == "11"
    # a cursor belongs to its query: with another filter it is page 1 again
    other = {"limit": "10", "order_type": "DESC", "order_column": "message_id"}
    foreign = await api.get(f"{MESSAGES}/get", params={**other, "page": first["next_page"]})
    assert foreign.json()["current_page"] == 1


@pytest.mark.parametrize(
    ("params", "ids"),
    [
        (
            {"property": "message_id", "property_operator": "gt", "property_value": "57"},
            ["58", "59", "60"],
        ),
        (
            {"property": "message_id", "property_operator": "in", "property_value": "3, 5,70"},
            ["3", "5"],
        ),
        ({"property": "message_id", "property_operator": "lte", "property_value": "2"}, ["1", "2"]),
        ({"property": "message_id", "property_value": "9"}, ["9"]),
        (
            {"property": "message_id", "property_operator": "like", "property_value": "5_"},
            [str(i) for i in range(50, 60)],
        ),
    ],
)
async def test_filters(api: httpx.AsyncClient, params: dict[str, str], ids: list[str]) -> None:
    body = (await api.get(f"{MESSAGES}/get", params={**params, "limit": "100"})).json()
    assert [m["message_id"] for m in body["message"]] == ids


async def test_sorting_numbers_as_numbers(api: httpx.AsyncClient) -> None:
    params = {"order_column": "message_id", "order_type": "DESC", "limit": "3"}
    body = (await api.get(f"{MESSAGES}/get", params=params)).json()
    assert [m["message_id"] for m in body["message"]] == ["60", "59", "58"]


@pytest.mark.parametrize(
    "params",
    [
        {"property": "nope", "property_value": "1"},
        {"order_column": "nope"},
    ],
)
async def test_unknown_column_is_success_with_total_zero(
    api: httpx.AsyncClient, params: dict[str, str]
) -> None:
    response = await api.get(f"{MESSAGES}/get", params=params)
    assert response.status_code == 200
    body = response.json()
    assert (body["status"], body["total"], body["message"]) == ("success", "0", [])


async def test_one_message_and_missing_ones(api: httpx.AsyncClient) -> None:
    body = (await api.get(f"{MESSAGES}/get/7")).json()
    assert body["status"] == "success"
    assert [m["message_id"] for m in body["message"]] == ["7"]
    missing = await api.get(f"{MESSAGES}/get/9999")
    assert missing.status_code == 404
    assert missing.json()["status"] == "error"


async def test_create_update_delete_are_form_encoded(
    api: httpx.AsyncClient, site: BrilliantFake
) -> None:
    thread = site.threads[0]["thread_token"]
    form = {
        "message_token": "t",
        "thread_token": thread,
        "message_status": "0",
        "message_owner": site.owner_token,
        "message_content": "<p>Hello, how can I help you?</p>",
        "created_at": "20240301120000",
    }
    created = (await api.post(f"{MESSAGES}/create", data=form)).json()
    assert created["status"] == "success"
    new_id = created["message"]["message_id"]
    assert created["message"]["created_at"] == "20240301120000"
    update = {"message_id": new_id, "message_status": "1"}
    updated = (await api.put(f"{MESSAGES}/update", data=update)).json()
    assert updated["message"]["message_status"] == "1"
    deleted = await api.request("DELETE", f"{MESSAGES}/delete", data={"message_id": new_id})
    assert deleted.json() == {
        "status": "success",
        "message": "chat_message_items record was deleted",
    }
    again = await api.request("DELETE", f"{MESSAGES}/delete", data={"message_id": new_id})
    assert again.status_code == 404


@pytest.mark.parametrize(
    ("method", "path", "data", "status"),
    [
        ("POST", f"{MESSAGES}/create", {"message_content": "x"}, 400),
        ("PUT", f"{MESSAGES}/update", {"message_status": "1"}, 400),
        ("PUT", f"{MESSAGES}/update", {"message_id": "999", "message_status": "1"}, 404),
        ("DELETE", f"{MESSAGES}/delete", {}, 400),
        ("GET", f"{MESSAGES}/nothing", None, 404),
        (
            "GET",
            f"{MESSAGES}/get?property=message_id&property_operator=near&property_value=1",
            None,
            400,
        ),
    ],
)
async def test_errors_are_error_envelopes(
    api: httpx.AsyncClient, method: str, path: str, data: dict[str, str] | None, status: int
) -> None:
    response = await api.request(method, path, data=data)
    assert response.status_code == status
    body: dict[str, Any] = response.json()
    assert body["status"] == "error"
    assert isinstance(body["message"], str)
    assert body["message"]


async def test_keys_are_checked(api: httpx.AsyncClient) -> None:
    bad = await api.get(f"{MESSAGES}/get", headers={"X-Api-Key": "wrong"})
    assert bad.status_code == 401
    read_only = {"X-Api-Key": READ_ONLY_KEY}
    assert (await api.get(f"{MESSAGES}/get", headers=read_only)).status_code == 200
    refused = await api.put(
        f"{MESSAGES}/update", data={"message_id": "1", "message_status": "1"}, headers=read_only
    )
    assert refused.status_code == 403


async def test_rate_limit_is_a_sliding_window_per_key(api: httpx.AsyncClient, clock: Clock) -> None:
    for i in range(100):
        clock.now = i * 0.5
        assert (await api.get(VERIFY)).status_code == 200
    limited = await api.get(VERIFY)
    assert limited.status_code == 429
    assert limited.json() == {"status": "error", "message": "Too many API requests per minute"}
    # another key has its own window
    assert (await api.get(VERIFY, headers={"X-Api-Key": READ_ONLY_KEY})).status_code == 200
    clock.now = 60.0  # the first request (at 0.0) has left the window, the second has not
    assert (await api.get(VERIFY)).status_code == 200
    assert (await api.get(VERIFY)).status_code == 429


async def test_threads(api: httpx.AsyncClient, site: BrilliantFake) -> None:
    body = (await api.get(f"{THREADS}/get")).json()
    assert body["total"] == "4"
    statuses = [t["thread_status"] for t in body["message"]]
    assert statuses == ["1", "1", "1", "0"]
    one = (await api.get(f"{THREADS}/get/11")).json()["message"][0]
    assert set(one) == {
        "thread_id",
        "thread_status",
        "thread_token",
        "thread_owner",
        "created_at",
        "updated_at",
        "deleted_at",
    }
    closed = site.threads[3]["thread_token"]
    assert not any(m["thread_token"] == closed for m in site.messages)


async def test_some_chatter_is_hostile_html(site: BrilliantFake) -> None:
    site.add_chatter(200)
    contents = [m["message_content"] for m in site.messages]
    assert all(c.startswith(("<p", "<svg")) for c in contents)
    assert any("<script" in c or "onerror" in c or "url(" in c for c in contents)
