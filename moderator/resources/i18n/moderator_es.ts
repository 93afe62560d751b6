<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActionPresenter</name>
    <message>
        <source>Confirm</source>
        <extracomment>entries after which a menu has a separator one stream&apos;s part of a request, and the controller that carries it out the dialog or question open now, or the last one (tests answer it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionRouter</name>
    <message>
        <source>The stream {stream} is not open: connect it again to act on this message.</source>
        <extracomment>the controller of an open stream, by stream key</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllStreamsTab</name>
    <message>
        <source>Messages of every open stream</source>
        <extracomment>rows each open tab brings when the All streams tab opens (its newest ones) room for the source&apos;s name, left of the message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every open stream, in time order. Actions go to each message&apos;s own stream.</source>
        <extracomment>asks for actions the way the stream&apos;s own tab does (one path for every surface)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User card of {name}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDock</name>
    <message>
        <source>{actor}: {action} on {platform} ({stream})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message {id} by {name} ({author}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <extracomment>a sentence for the status bar (an export finished or failed) the log was written to (possibly from another thread): refresh on the UI thread</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <extracomment>everything, or the moderation only (without the reads)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation only (no reads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSONL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the newest {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be exported: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchBar</name>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the items not sent yet (Ctrl+.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the failed items again (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doing} — cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserPanel</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>CodePanel</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code from the e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>When</source>
        <extracomment>rows the dock shows; the exports hold everything</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect a stream</source>
        <extracomment>Test connection finished: (worked, sentence) a sign-in step finished: (worked, sentence)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the fields marked in red first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected to {platform}: “{title}” is live; the first read brought %Ln message(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to {platform}: “{title}” is not live right now; the first read brought %Ln message(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the e-mail address to send the code to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a code to {email}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code is on its way to {email}. Type it and press Sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: the tokens are filled in. Test the connection or connect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>This line was written by Moderator, not sent on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action on this message is still in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System messages have no author to act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is already read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is not read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message belongs to no chat that could be ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This platform does not offer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queued action lost its message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout author…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban author…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It goes out when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the platform to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream is not on air.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to disk again: nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo: sign-ins are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator keeps running; your streams stay connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log has the details: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <extracomment>set to anything: quit after the first painted window, printing ``first-paint`` (benchmarks) the moderator&apos;s links between authors of different streams</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossStreams</name>
    <message>
        <source>No archive is kept: open tabs only.</source>
        <extracomment>the authors the moderator linked; kept only while the app runs unless given a store</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} · {stream} (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message to see its author&apos;s card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chat archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the chat to {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat archive could not be exported: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No streams connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the chat of a live stream to start moderating it. Streams you connect come back by themselves the next time you start Moderator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a stream…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines, for scripts (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter by text…</source>
        <extracomment>typing pauses this long before the rows are filtered again (one pass over them)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter and close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Required.</source>
        <extracomment>words a field name spells in lower case that a label should not</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} (optional):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeldCounts</name>
    <message numerus="yes">
        <source>%Ln delete(s)</source>
        <extracomment>how many of the messages the question lists by name how each held action is counted; lupdate reads the plurals in HeldCounts below</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln permanent delete(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ban(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln timeout(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{what} was waiting for the undo delay in “{stream}” ({platform}) when Moderator closed. Send it now, or discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} were waiting for the undo delay in “{stream}” ({platform}) when Moderator closed. Send them now, or discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask me next time</source>
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
    <name>MainWindow</name>
    <message>
        <source>Something in a message could not be shown; the app kept running. Help → About names the log file.</source>
        <extracomment>the moderator closed the window (or the app was asked to quit) Streams → Connect a stream… (or the empty state&apos;s button) the moderator closed a tab (its widget): nothing is asked, nothing is lost Edit → Search all streams… Edit → User card of the selected message&apos;s author View → All streams tab, checked or not File → Export chat… in this format (&quot;csv&quot; or &quot;jsonl&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat as &amp;JSON Lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chat archive is kept in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log as C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log as JSON &amp;Lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate live-stream chats on several platforms from one window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <source>⚠ looks like {name}, but is another account</source>
        <extracomment>the ChatMessage behind a row a batch of rows was appended (first, last) the oldest rows left the model (a list of ChatMessage, oldest first) how many chat lines are neither read nor deleted, when that number changed kept up to date on every change, so asking costs nothing at 100k rows the id of the newest read row: the last-read line is drawn below it the names of this stream&apos;s staff, and the authors whose names imitate them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed on the platform by someone else, not by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Chat messages</source>
        <extracomment>how close to the end still counts as &quot;at the bottom&quot; rows inserted or trimmed are painted this much later, in a turn of their own: Qt 6 runs a 0 ms timer before any other, so 1 ms lets the GUI answer between the insert and the paint the moderator scrolled to the very top: older messages may be wanted the list stopped or started following the chat (True: paused)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewMessagesPill</name>
    <message>
        <source>Jump to the newest message and follow the chat again (End)</source>
        <extracomment>the first row that arrived since the list paused (None: nothing new)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New messages below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleBox</name>
    <message>
        <source>The same person elsewhere?</source>
        <extracomment>how many messages of a name the suggestions look at</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <extracomment>the author -&gt; its Link or Unlink button the author -&gt; its sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {name} on {where} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show their messages and actions on this card, also after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take them off this card: they are someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one of this name in the other streams.</source>
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
<context>
    <name>RestrictDialog</name>
    <message>
        <source>Ban author</source>
        <extracomment>button ids beyond the presets&apos; indexes (a QButtonGroup id of -1 means &quot;pick one for me&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time out author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban</source>
        <extracomment>says why the reason field is off, where the platform takes none</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} does not offer this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to {platform} with the ban (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} takes no reason with a ban: nothing would be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search all streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words or part of a word, any case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text &amp;contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the newest shown; narrow the search for others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{found}{more}: {in_tabs} still in open tabs, {archived} from the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User card of {name}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to take back a delete or ban before it is sent; 0 turns it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (act at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a notification when a highlight word appears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> messages per tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One word or phrase a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase that unlocks the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used from the next start of Moderator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where sign-ins are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring (none found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted file, unlocked with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session only: sign in again after every start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use now: {store}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for the encrypted file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>(section, keys, what it does)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys on messages work where the message list has the focus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInAgainTab</name>
    <message>
        <source>Sign in again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Connecting</source>
        <extracomment>each status&apos;s word, translated where it is shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}, next try in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}, trying again in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamController</name>
    <message>
        <source>Not sent yet: {reason}</source>
        <extracomment>seconds before the outbox looks again while what waits is not ready yet, and the most it waits between tries while the platform still refuses what the chat reads fine seconds a realtime stream (no pages to count) lets its socket deliver an echo first a sentence for the moderator: an action failed, a send was refused … how many actions wait in the outbox for the platform to be reachable again messages that just arrived and mention a highlight word or the moderator&apos;s name the words or names to highlight changed (the list repaints with them) an action on this stream&apos;s messages moved on (an item finished, a batch ended) how many raw messages could not be read at all since the session started texts sent lately: their echo tells the moderator&apos;s name on this platform what arrived that a send may wait for, seen before the model&apos;s batch queue waiting sends (outbox ids) -&gt; the session&apos;s reads when they were queued</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {error}. See the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamTab</name>
    <message>
        <source>Stopped</source>
        <extracomment>unread chat lines in this tab, when the number changed (tab text, window title) the platform signed the moderator out and they want to sign in again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⏸ Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list stays put while the pointer is on it or you read above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are in the log, with secrets left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending is not available: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a message to {platform}… (Enter; Up for earlier ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last message {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TabActions</name>
    <message>
        <source>Select the message to mark read up to.</source>
        <extracomment>how far Ctrl+Up / Ctrl+Down look for the same author before giving up</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unread messages below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other message by this author nearby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>time unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoToast</name>
    <message>
        <source>Deleting {what} on {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanently deleting {what} on {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banning {what} on {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing out {what} on {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doing} for {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it back: nothing has been sent yet (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not wait for the undo delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doing} in {left} s…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserCard</name>
    <message>
        <source>Timeout…</source>
        <extracomment>the messages a card shows, newest first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User card: {name}</source>
        <extracomment>why each stream&apos;s author actions are refused, in the platform&apos;s words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent messages of {name}</source>
        <extracomment>(stream key, action) -&gt; its button, enabled where the platform allows it what this moderator knows of the author&apos;s ban or timeout, stream by stream</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This name looks like {name}, but it is another account.</source>
        <extracomment>every name this author id wrote under here, the newest first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also wrote here as: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen on {platforms}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the newest shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link could not be saved ({error}); nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions, stream by stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message of theirs here to act on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WholeMessage</name>
    <message>
        <source>Show whole message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name}: %Ln character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Moderator does not know the platform “{platform}” any more.</source>
        <extracomment>opens the secret store the moderator chose (a passphrase for the encrypted file) a stream&apos;s tab opened (the StreamTab): the views across streams start following it the audit log every tab&apos;s controller writes to (app.py passes the same one to them) search, user cards, the All streams tab and the audit dock, once attached</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in for the {platform} stream “{title}” is missing or locked: signed out, sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (sign in again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream is open for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo keeps sign-ins for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins stay where they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins are now kept in {store}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <extracomment>the languages shipped, by code, each named in its own language (never translated)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln author(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stream(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln display problem(s), details in the log</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s) ↓</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recent message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unreadable message(s) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) waiting for the connection</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
