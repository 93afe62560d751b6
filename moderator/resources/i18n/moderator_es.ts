<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Capability</name>
    <message>
        <source>Sending messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read state on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realtime updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason with a ban</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keymap</name>
    <message>
        <source>On the selected messages (a tab, All streams, search results, user card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a stream tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the message list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the send box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the filter bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete (struck through, kept visible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as read (kept on this computer where needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout author…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the author out (presets, a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban author…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unban author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unban the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the chat (LivePerson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark read up to here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the next unread message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next by author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next message by the same author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous by author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous message by the same author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: text, author, unread only, links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last delete or ban while its toast shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel bulk action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the rest of a bulk action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry what failed in a bulk action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the send box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous / next message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screen up / down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest message / newest (and follow the chat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the context menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier / later sent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter and close the bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm / cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect a stream…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search all streams…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every stream and archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User card of the selected author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All streams tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All streams tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shortcut on one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>Sign in through the browser with your partner client id and secret, or paste tokens you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRISM deletes in one step; it has no permanent delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRISM keeps no read flag; read state is kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRISM has no flag-for-review endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PRISM chat ends with its live, not from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRISM chat is read by polling about every 5 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with PRISM in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the base URL, client ID and client secret below first. Your browser opens PRISM&apos;s sign-in page; the tokens come back here by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the platform to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PRISM B2B API address your partner account was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live whose chat to moderate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth access token (x-prism-access-token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token, to renew the access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner client id, needed to refresh tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab title; the live&apos;s title when empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser sign-in page; empty: {base_url}/prism/v1/service/oauth2/authorize (not documented by PRISM: an inference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a code Allmine e-mails you, then name the live stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allmine has no endpoint to delete a chat message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allmine has no read flag for chat messages; read state is kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allmine has no moderator ban endpoint; a user can only block another user for themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allmine has no endpoint to report a chat message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allmine has no endpoint to end a chat; it ends with the stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allmine documents no realtime endpoint; its chat is polled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your e-mail address and press Send code, then type the code from the e-mail and press Sign in: the tokens are filled in below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Allmine API address (no public default; the docs only show example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live stream ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live stream whose chat to moderate (its 24-hex streamId).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT access token, sent as a Bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token, to renew the access token when it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which end of the chat the first page holds; auto tells it from the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per request (1 to 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab title; &apos;Allmine stream &lt;id&gt;&apos; when empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an API client id and secret from the IBM Video dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBM Video has one chat room per channel; there is no chat to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This channel&apos;s Stream Chat settings turn read events off, so read state is kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IBM Video channel whose chat to moderate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API client id from the IBM Video dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API client secret (sent as HTTP Basic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBM Video API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the OAuth token endpoint (/oauth2/token) lives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token from an earlier sign-in; client credentials are used without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab title; &apos;IBM Video channel …&apos; when empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the site&apos;s address and an API key; Test connection checks the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brilliant Directories has a single delete, which already removes the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brilliant Directories chat has no way to ban a site visitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brilliant Directories chat has no timeouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brilliant Directories chat bans no one, so there is nothing to lift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brilliant Directories has no flag-for-review for chat messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API cannot close a chat thread; close it in the site&apos;s admin panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brilliant Directories chat is read by polling about every 5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory website, e.g. https://www.yourdomain.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key from the site&apos;s Admin Panel, Developer Hub → Generate API Key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message_owner token your replies are written as (the site owner&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate only this chat thread; empty for every thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread your messages go to; empty: the thread a visitor wrote in last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s time zone: created_at carries none (an inference: site-local).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s rate limit as set in the Admin Panel (100 unless raised).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab title; the site&apos;s name when empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as an agent: account number, user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legacy Chat Agent API cannot delete a visitor&apos;s line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LivePerson keeps no read flag; read state is kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LivePerson offers no ban for visitors; end the chat instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LivePerson offers no timeout for visitors; end the chat instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LivePerson has no bans to lift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legacy Chat Agent API has no flag-for-review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legacy Chat Agent API is read by polling every few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account&apos;s LivePerson server, e.g. https://sales.liveperson.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LivePerson account (site) number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between two polls; LivePerson allows no less than 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between session refreshes; LivePerson asks for every few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab title; made from the user name when empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
