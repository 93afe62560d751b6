<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActionPresenter</name>
    <message>
        <source>Confirm</source>
        <extracomment>entries after which a menu has a separator one stream&apos;s part of a request, and the controller that carries it out the dialog or question open now, or the last one (tests answer it)</extracomment>
        <translation>Bestätigen</translation>
    </message>
</context>
<context>
    <name>ActionRouter</name>
    <message>
        <source>The stream {stream} is not open: connect it again to act on this message.</source>
        <extracomment>the controller of an open stream, by stream key</extracomment>
        <translation>Der Stream {stream} ist nicht geöffnet: Verbinden Sie ihn erneut, um diese Nachricht zu bearbeiten.</translation>
    </message>
</context>
<context>
    <name>AllStreamsTab</name>
    <message>
        <source>Messages of every open stream</source>
        <extracomment>rows each open tab brings when the All streams tab opens (its newest ones) room for the source&apos;s name, left of the message source names kept as they fit their column (a few per open stream) (source name, width) -&gt; the name as it fits: elided once, not on every row&apos;s paint</extracomment>
        <translation>Nachrichten aller geöffneten Streams</translation>
    </message>
    <message>
        <source>Every open stream, in time order. Actions go to each message&apos;s own stream.</source>
        <extracomment>what the moderator is told about what they did here (the message bridge routes it) asks for actions the way the stream&apos;s own tab does (one path for every surface) the row buttons, asking through this tab&apos;s presenter like its keys</extracomment>
        <translation>Alle geöffneten Streams in zeitlicher Reihenfolge. Aktionen gehen an den Stream der jeweiligen Nachricht.</translation>
    </message>
    <message>
        <source>User card of {name}…</source>
        <translation>Benutzerkarte von {name}…</translation>
    </message>
</context>
<context>
    <name>AuditDock</name>
    <message>
        <source>{actor}: {action} on {platform} ({stream})</source>
        <translation>{actor}: {action} auf {platform} ({stream})</translation>
    </message>
    <message>
        <source>Message {id} by {name} ({author}):</source>
        <translation>Nachricht {id} von {name} ({author}):</translation>
    </message>
    <message>
        <source>Result: {result}</source>
        <translation>Ergebnis: {result}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <extracomment>the log was written to (possibly from another thread): refresh on the UI thread</extracomment>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Platform</source>
        <extracomment>everything, or the moderation only (without the reads)</extracomment>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Actions shown</source>
        <translation>Angezeigte Aktionen</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Moderation only (no reads)</source>
        <translation>Nur Moderation (ohne Gelesen)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export JSONL…</source>
        <translation>JSONL exportieren…</translation>
    </message>
    <message>
        <source>Moderation actions</source>
        <translation>Moderationsaktionen</translation>
    </message>
    <message>
        <source> (the newest {count})</source>
        <translation> (die neuesten {count})</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Alle Plattformen</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>The audit log could not be exported: {error}.</source>
        <translation>Das Prüfprotokoll konnte nicht exportiert werden: {error}.</translation>
    </message>
    <message>
        <source>Exported {count} to {path}.</source>
        <translation>{count} nach {path} exportiert.</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>delete</source>
        <extracomment>what an audit record&apos;s action says: core&apos;s action names, and what else is recorded</extracomment>
        <translation>löschen</translation>
    </message>
    <message>
        <source>delete permanently</source>
        <translation>endgültig löschen</translation>
    </message>
    <message>
        <source>mark read</source>
        <translation>als gelesen markieren</translation>
    </message>
    <message>
        <source>mark unread</source>
        <translation>als ungelesen markieren</translation>
    </message>
    <message>
        <source>ban</source>
        <translation>sperren</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Auszeit</translation>
    </message>
    <message>
        <source>unban</source>
        <translation>entsperren</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>zur Prüfung markieren</translation>
    </message>
    <message>
        <source>end chat</source>
        <translation>Chat beenden</translation>
    </message>
    <message>
        <source>removed on the platform</source>
        <translation>auf der Plattform entfernt</translation>
    </message>
    <message>
        <source>held for review</source>
        <translation>zur Prüfung zurückgehalten</translation>
    </message>
    <message>
        <source>done</source>
        <extracomment>how a record ended</extracomment>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>gesehen</translation>
    </message>
    <message>
        <source>released</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>verworfen</translation>
    </message>
</context>
<context>
    <name>Automod</name>
    <message>
        <source>Automod review queue</source>
        <translation>Automod-Prüfwarteschlange</translation>
    </message>
    <message>
        <source>No chat archive is kept: nothing to test.</source>
        <translation>Es wird kein Chat-Archiv geführt: nichts zu testen.</translation>
    </message>
    <message>
        <source>Automod strikes are kept in memory only: {why}</source>
        <translation>Automod-Verstöße werden nur im Speicher gehalten: {why}</translation>
    </message>
</context>
<context>
    <name>AutomodDialog</name>
    <message>
        <source>Automod rules</source>
        <translation>Automod-Regeln</translation>
    </message>
    <message>
        <source>Automod is on (checks every arriving message)</source>
        <translation>Automod ist an (prüft jede eingehende Nachricht)</translation>
    </message>
    <message>
        <source>What the 1st, 2nd … strike does, e.g. hold, timeout 60, ban</source>
        <translation>Was der 1., 2. … Verstoß bewirkt, z. B. hold, timeout 60, ban</translation>
    </message>
    <message>
        <source> s until a strike no longer counts</source>
        <translation> s, bis ein Verstoß nicht mehr zählt</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>Regel &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Backtest…</source>
        <translation>&amp;Backtest…</translation>
    </message>
    <message>
        <source>Ladder:</source>
        <translation>Stufen:</translation>
    </message>
    <message>
        <source>A new rule at the end of the list</source>
        <extracomment>opens a backtest of these rules (the caller knows where the archive is)</extracomment>
        <translation>Eine neue Regel am Ende der Liste</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>Die ausgewählte Regel entfernen</translation>
    </message>
    <message>
        <source>Read rules from a file</source>
        <translation>Regeln aus einer Datei lesen</translation>
    </message>
    <message>
        <source>Save these rules to a file</source>
        <translation>Diese Regeln in eine Datei speichern</translation>
    </message>
    <message>
        <source>Try the rules on the messages kept</source>
        <translation>Die Regeln an den gespeicherten Nachrichten ausprobieren</translation>
    </message>
    <message>
        <source>Off: no rule holds or acts on anything</source>
        <translation>Aus: keine Regel hält etwas zurück oder greift ein</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Checked rules are on; the selected one is edited beside</source>
        <translation>Angehakte Regeln sind aktiv; die ausgewählte wird daneben bearbeitet</translation>
    </message>
    <message>
        <source>Strikes expire</source>
        <translation>Verwarnungen verfallen</translation>
    </message>
    <message>
        <source>Seconds until a strike no longer counts</source>
        <translation>Sekunden, bis eine Verwarnung nicht mehr zählt</translation>
    </message>
    <message>
        <source>Use these rules and close</source>
        <translation>Diese Regeln verwenden und schließen</translation>
    </message>
    <message>
        <source>Close without changing the rules</source>
        <translation>Schließen, ohne die Regeln zu ändern</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>Could not write {name}: {why}</source>
        <translation>{name} konnte nicht geschrieben werden: {why}</translation>
    </message>
    <message>
        <source>Import automod rules</source>
        <translation>Automod-Regeln importieren</translation>
    </message>
    <message>
        <source>Export automod rules</source>
        <translation>Automod-Regeln exportieren</translation>
    </message>
    <message>
        <source> (dry run)</source>
        <translation> (Probelauf)</translation>
    </message>
</context>
<context>
    <name>AutomodGate</name>
    <message>
        <source>dry run: </source>
        <extracomment>how many messages wait in the review queue a sentence for the moderator (a rule could not act as set on some platform) the moderator decided these held messages ((stream key, message id) list, &quot;approved&quot; or &quot;denied&quot;): a team tells the others (stream key, message id) -&gt; what a rule in dry run would have done, shown on the row; forgotten when the row is trimmed, the held message denied, or the tab closed streams whose history (the first arrivals) was screened: what comes now is live</extracomment>
        <translation>Probelauf: </translation>
    </message>
    <message>
        <source>automod: </source>
        <translation>Automod: </translation>
    </message>
    <message>
        <source>{why}; {platform} cannot delete: hidden here only</source>
        <translation>{why}; {platform} kann nicht löschen: nur hier ausgeblendet</translation>
    </message>
    <message>
        <source>Automod rule “{rule}” could not act: {reason}</source>
        <translation>Die Automod-Regel „{rule}“ konnte nicht handeln: {reason}</translation>
    </message>
</context>
<context>
    <name>AutomodReason</name>
    <message>
        <source>blocked word “{text}”</source>
        <extracomment>a :class:`~moderator.wording.Word` of this context is one of automod&apos;s reasons</extracomment>
        <translation>gesperrtes Wort „{text}“</translation>
    </message>
    <message>
        <source>blocked phrase “{text}”</source>
        <translation>gesperrte Wendung „{text}“</translation>
    </message>
    <message>
        <source>matches “{text}”</source>
        <translation>passt auf „{text}“</translation>
    </message>
    <message>
        <source>name looks like “{text}”</source>
        <translation>Name sieht aus wie „{text}“</translation>
    </message>
    <message>
        <source>link to {domain}</source>
        <translation>Link zu {domain}</translation>
    </message>
    <message>
        <source>{share} capitals</source>
        <translation>{share} Großbuchstaben</translation>
    </message>
    <message>
        <source>the same message {count} times in {seconds} s</source>
        <translation>dieselbe Nachricht {count}-mal in {seconds} s</translation>
    </message>
    <message>
        <source>the same text from {count} authors in {seconds} s</source>
        <translation>derselbe Text von {count} Autoren in {seconds} s</translation>
    </message>
    <message>
        <source>{count} messages in {seconds} s</source>
        <translation>{count} Nachrichten in {seconds} s</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} Zeichen</translation>
    </message>
    <message>
        <source>a newly seen author</source>
        <translation>ein neu gesehener Autor</translation>
    </message>
</context>
<context>
    <name>AvatarLabel</name>
    <message>
        <source>Picture of {name}</source>
        <extracomment>the platform badge&apos;s colours: one quiet colour for all, the name says which</extracomment>
        <translation>Bild von {name}</translation>
    </message>
    <message>
        <source>Platform: {platform}</source>
        <translation>Plattform: {platform}</translation>
    </message>
</context>
<context>
    <name>AvatarSettingsBox</name>
    <message>
        <source>Authors&apos; pictures</source>
        <extracomment>a host pattern: letters, digits, dots, dashes, an optional leading &quot;*.&quot; (no scheme, no path)</extracomment>
        <translation>Bilder der Autoren</translation>
    </message>
    <message>
        <source>Show authors&apos; pictures beside their names</source>
        <translation>Bilder der Autoren neben ihren Namen zeigen</translation>
    </message>
    <message>
        <source>Picture hosts</source>
        <translation>Bild-Hosts</translation>
    </message>
    <message>
        <source>Pictures are fetched only over https and only from these hosts, one provider a line. A provider left out keeps the built-in hosts shown in grey.</source>
        <translation>Bilder werden nur über https und nur von diesen Hosts geladen, ein Anbieter pro Zeile. Ein nicht genannter Anbieter behält die grau gezeigten eingebauten Hosts.</translation>
    </message>
    <message>
        <source>Hosts pictures may come from:</source>
        <translation>Hosts, von denen Bilder kommen dürfen:</translation>
    </message>
    <message>
        <source>Not saved, write it as “provider: host, *.domain” with a provider of {providers}: {line}</source>
        <translation>Nicht gespeichert; schreiben Sie es als „Anbieter: Host, *.domain“ mit einem Anbieter aus {providers}: {line}</translation>
    </message>
</context>
<context>
    <name>BacktestDialog</name>
    <message>
        <source>Backtest automod rules on the archive</source>
        <extracomment>runs the backtest of ``rules`` over ``span`` (in workers, in the app)</extracomment>
        <translation>Automod-Regeln am Archiv testen</translation>
    </message>
    <message>
        <source>The last</source>
        <translation>Die letzten</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> Nachrichten</translation>
    </message>
    <message>
        <source>Sent from</source>
        <translation>Gesendet von</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Nothing run yet.</source>
        <translation>Noch nichts ausgeführt.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Caught</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Pro Stunde</translation>
    </message>
    <message>
        <source>Top authors</source>
        <translation>Häufigste Autoren</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Running… (in worker processes: the window stays usable)</source>
        <translation>Läuft … (in Hilfsprozessen: das Fenster bleibt bedienbar)</translation>
    </message>
    <message>
        <source>The backtest failed: {error}</source>
        <translation>Der Backtest ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>{caught} of {scanned} messages caught ({rate:.1f} per hour) in {seconds:.1f} s.</source>
        <translation>{caught} von {scanned} Nachrichten erfasst ({rate:.1f} pro Stunde) in {seconds:.1f} s.</translation>
    </message>
</context>
<context>
    <name>BatchBar</name>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the items not sent yet (Ctrl+.)</source>
        <translation>Noch nicht Gesendetes stoppen (Strg+.)</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Try the failed items again (Ctrl+Shift+R)</source>
        <translation>Fehlgeschlagenes erneut versuchen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>Sammelaktion</translation>
    </message>
    <message>
        <source>Bulk action progress</source>
        <translation>Fortschritt der Sammelaktion</translation>
    </message>
    <message>
        <source>Messages done</source>
        <translation>Erledigte Nachrichten</translation>
    </message>
    <message>
        <source>Dismiss the bulk action summary</source>
        <translation>Zusammenfassung der Sammelaktion schließen</translation>
    </message>
    <message>
        <source>{doing} — cancelling…</source>
        <translation>{doing} — wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>BrowserPanel</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>Capability</name>
    <message>
        <source>Sending messages</source>
        <translation>Nachrichten senden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Read state on the platform</source>
        <translation>Gelesen-Status auf der Plattform</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>Zur Prüfung melden</translation>
    </message>
    <message>
        <source>End chat</source>
        <translation>Chat beenden</translation>
    </message>
    <message>
        <source>Realtime updates</source>
        <translation>Echtzeit-Aktualisierungen</translation>
    </message>
    <message>
        <source>A reason with a ban</source>
        <translation>Ein Grund bei einer Sperre</translation>
    </message>
</context>
<context>
    <name>CodePanel</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Code senden</translation>
    </message>
    <message>
        <source>the code from the e-mail</source>
        <translation>der Code aus der E-Mail</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>When</source>
        <extracomment>rows the dock shows; the exports hold everything</extracomment>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: Fehler: {message}</translation>
    </message>
    <message>
        <source>argument {argument}: {problem}</source>
        <translation>Option {argument}: {problem}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {words}</source>
        <extracomment>argparse&apos;s messages (Python 3.11) and ours for each, with the same {names}</extracomment>
        <translation>unbekannte Argumente: {words}</translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>ungültige Auswahl: {value} (möglich: {choices})</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Wert erwartet</translation>
    </message>
    <message>
        <source>not a number: {value}</source>
        <translation>keine Zahl: {value}</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could mean {matches}</source>
        <translation>mehrdeutige Option: {option} kann {matches} bedeuten</translation>
    </message>
    <message>
        <source>this option takes no value: {value}</source>
        <translation>diese Option nimmt keinen Wert: {value}</translation>
    </message>
    <message>
        <source>usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Moderate live-stream chats on several platforms.</source>
        <translation>Livestream-Chats auf mehreren Plattformen moderieren.</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>N</source>
        <translation>ANZAHL</translation>
    </message>
    <message>
        <source>show this help and quit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>run against the built-in fake providers</source>
        <translation>mit den eingebauten Schein-Plattformen laufen</translation>
    </message>
    <message>
        <source>keep settings, data and logs under {dir}</source>
        <translation>Einstellungen, Daten und Protokolle unter {dir} ablegen</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>quit after this long (smoke tests)</source>
        <translation>nach dieser Zeit beenden (Rauchtests)</translation>
    </message>
    <message>
        <source>MSGS_PER_S</source>
        <translation>NACHR_PRO_S</translation>
    </message>
    <message>
        <source>demo chat speed per stream</source>
        <translation>Demo-Chattempo pro Stream</translation>
    </message>
    <message>
        <source>demo messages already in each stream (PRISM replays all; others get 2,000 at most)</source>
        <translation>Demo-Nachrichten, die schon in jedem Stream stehen (PRISM spielt alle ab; die anderen bekommen höchstens 2.000)</translation>
    </message>
    <message>
        <source>demo PRISM lives (one tab each, beside the other fakes&apos; streams)</source>
        <translation>Demo-PRISM-Lives (je ein Tab, neben den Streams der anderen Schein-Plattformen)</translation>
    </message>
    <message>
        <source>messages kept in memory per tab (default: the setting); older ones go to the archive</source>
        <translation>Nachrichten im Speicher pro Tab (Vorgabe: die Einstellung); ältere gehen ins Archiv</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KÜRZEL</translation>
    </message>
    <message>
        <source>the language of this run: en, tr, ko, de or es (default: the setting, else the OS)</source>
        <translation>die Sprache dieses Laufs: en, tr, ko, de oder es (Vorgabe: die Einstellung, sonst die des Betriebssystems)</translation>
    </message>
    <message>
        <source>how much goes into the log file</source>
        <translation>wie viel in die Protokolldatei geschrieben wird</translation>
    </message>
    <message>
        <source>show the version and quit</source>
        <translation>die Version zeigen und beenden</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Ban an author of this chat</source>
        <translation>Einen Autor dieses Chats sperren</translation>
    </message>
    <message>
        <source>Time an author out</source>
        <translation>Einen Autor auf Zeit sperren</translation>
    </message>
    <message>
        <source>Unban an author of this chat</source>
        <translation>Einen Autor dieses Chats entsperren</translation>
    </message>
    <message>
        <source>Delete the selected messages</source>
        <translation>Die ausgewählten Nachrichten löschen</translation>
    </message>
    <message>
        <source>Clear this tab&apos;s view (not the platform&apos;s chat)</source>
        <translation>Die Ansicht dieses Tabs leeren (nicht den Chat der Plattform)</translation>
    </message>
    <message>
        <source>List the commands</source>
        <translation>Die Befehle auflisten</translation>
    </message>
    <message>
        <source>Usage: {usage}</source>
        <translation>Verwendung: {usage}</translation>
    </message>
    <message>
        <source>There is no command /{command}: nothing was sent. Type /help for the commands, or start the line with // to send it as chat.</source>
        <translation>Den Befehl /{command} gibt es nicht: Es wurde nichts gesendet. Geben Sie /help für die Befehle ein, oder beginnen Sie die Zeile mit //, um sie als Chat zu senden.</translation>
    </message>
    <message>
        <source>There is no command /{command}: nothing was sent. Did you mean /{suggestion}? Type /help for the commands, or start the line with // to send it as chat.</source>
        <translation>Den Befehl /{command} gibt es nicht: Es wurde nichts gesendet. Meinten Sie /{suggestion}? Geben Sie /help für die Befehle ein, oder beginnen Sie die Zeile mit //, um sie als Chat zu senden.</translation>
    </message>
    <message>
        <source>“{word}” is not a duration: write 30s, 10m, 1h or 1d (at most 28 days).</source>
        <translation>„{word}“ ist keine Dauer: Schreiben Sie 30s, 10m, 1h oder 1d (höchstens 28 Tage).</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect a stream</source>
        <extracomment>Test connection finished: (worked, sentence) a sign-in step finished: (worked, sentence)</extracomment>
        <translation>Stream verbinden</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first.</source>
        <translation>Korrigieren Sie zuerst die rot markierten Felder.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message numerus="yes">
        <source>Connected to {platform}: “{title}” is live; the first read brought %Ln message(s).</source>
        <translation>
            <numerusform>Mit {platform} verbunden: „{title}“ ist live; der erste Abruf brachte %Ln Nachricht.</numerusform>
            <numerusform>Mit {platform} verbunden: „{title}“ ist live; der erste Abruf brachte %Ln Nachrichten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to {platform}: “{title}” is not live right now; the first read brought %Ln message(s).</source>
        <translation>
            <numerusform>Mit {platform} verbunden: „{title}“ ist gerade nicht live; der erste Abruf brachte %Ln Nachricht.</numerusform>
            <numerusform>Mit {platform} verbunden: „{title}“ ist gerade nicht live; der erste Abruf brachte %Ln Nachrichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>Warten auf die Anmeldung im Browser…</translation>
    </message>
    <message>
        <source>Type the e-mail address to send the code to.</source>
        <translation>Geben Sie die E-Mail-Adresse ein, an die der Code gehen soll.</translation>
    </message>
    <message>
        <source>Sending a code to {email}…</source>
        <translation>Code wird an {email} gesendet…</translation>
    </message>
    <message>
        <source>A code is on its way to {email}. Type it and press Sign in.</source>
        <translation>Ein Code ist unterwegs an {email}. Geben Sie ihn ein und klicken Sie auf Anmelden.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Code wird geprüft…</translation>
    </message>
    <message>
        <source>Signed in: the tokens are filled in. Test the connection or connect.</source>
        <translation>Angemeldet: Die Tokens sind eingetragen. Testen Sie die Verbindung oder verbinden Sie.</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>This line was written by Moderator, not sent on the platform.</source>
        <translation>Diese Zeile hat Moderator geschrieben, sie wurde nicht auf der Plattform gesendet.</translation>
    </message>
    <message>
        <source>An action on this message is still in progress.</source>
        <translation>Eine Aktion an dieser Nachricht läuft noch.</translation>
    </message>
    <message>
        <source>System messages have no author to act on.</source>
        <translation>Systemnachrichten haben keinen Autor, gegen den man vorgehen kann.</translation>
    </message>
    <message>
        <source>This message is already deleted.</source>
        <translation>Diese Nachricht ist bereits gelöscht.</translation>
    </message>
    <message>
        <source>This message is already read.</source>
        <translation>Diese Nachricht ist bereits gelesen.</translation>
    </message>
    <message>
        <source>This message is not read yet.</source>
        <translation>Diese Nachricht ist noch nicht gelesen.</translation>
    </message>
    <message>
        <source>This message belongs to no chat that could be ended.</source>
        <translation>Diese Nachricht gehört zu keinem Chat, der beendet werden könnte.</translation>
    </message>
    <message>
        <source>This platform does not offer it.</source>
        <translation>Diese Plattform bietet das nicht an.</translation>
    </message>
    <message>
        <source>The queued action lost its message.</source>
        <translation>Die wartende Aktion hat ihre Nachricht verloren.</translation>
    </message>
    <message>
        <source>Timeout author…</source>
        <translation>Autor auf Zeit sperren…</translation>
    </message>
    <message>
        <source>Ban author…</source>
        <translation>Autor sperren…</translation>
    </message>
    <message>
        <source>Deny + timeout…</source>
        <translation>Ablehnen + Zeitsperre…</translation>
    </message>
    <message>
        <source>Deny + ban…</source>
        <translation>Ablehnen + sperren…</translation>
    </message>
    <message>
        <source>Automod &amp;rules…</source>
        <translation>Automod-&amp;Regeln…</translation>
    </message>
    <message>
        <source>Seconds to wait for the platform to answer.</source>
        <translation>Sekunden, die auf die Antwort der Plattform gewartet wird.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>The stream is not on air.</source>
        <translation>Der Stream ist nicht auf Sendung.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>The stream has ended.</source>
        <translation>Der Stream ist beendet.</translation>
    </message>
    <message>
        <source>Already deleted by {moderator}.</source>
        <translation>Bereits von {moderator} gelöscht.</translation>
    </message>
    <message>
        <source>Already flagged by {moderator}.</source>
        <translation>Bereits von {moderator} gemeldet.</translation>
    </message>
    <message>
        <source>This is the demo: sign-ins are kept for this session only.</source>
        <translation>Dies ist die Demo: Anmeldungen gelten nur für diese Sitzung.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Moderator keeps running; your streams stay connected.</source>
        <translation>Moderator läuft weiter; Ihre Streams bleiben verbunden.</translation>
    </message>
    <message>
        <source>The log has the details: {path}</source>
        <translation>Details stehen im Protokoll: {path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Unerwarteter Fehler: {error}</translation>
    </message>
</context>
<context>
    <name>CrossStreams</name>
    <message>
        <source>No archive is kept: open tabs only.</source>
        <extracomment>the authors the moderator linked; kept only while the app runs unless given a store the moderator&apos;s notes on authors, and the views&apos; buttons and note chips short lines a user card shows about its author (automod adds the strikes)</extracomment>
        <translation>Es wird kein Archiv geführt: nur geöffnete Tabs.</translation>
    </message>
    <message>
        <source>{platform} · {stream} (closed)</source>
        <translation>{platform} · {stream} (geschlossen)</translation>
    </message>
    <message>
        <source>Select a message to see its author&apos;s card.</source>
        <translation>Wählen Sie eine Nachricht, um die Karte ihres Autors zu sehen.</translation>
    </message>
    <message>
        <source>All streams</source>
        <translation>Alle Streams</translation>
    </message>
    <message>
        <source>Export the chat archive</source>
        <translation>Chat-Archiv exportieren</translation>
    </message>
    <message>
        <source>Exporting the chat to {path}…</source>
        <translation>Chat wird nach {path} exportiert…</translation>
    </message>
    <message>
        <source>The chat archive could not be exported: {error}.</source>
        <translation>Das Chat-Archiv konnte nicht exportiert werden: {error}.</translation>
    </message>
    <message>
        <source>Exported {count} to {path}.</source>
        <translation>{count} nach {path} exportiert.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>1 min</source>
        <translation>1 Min.</translation>
    </message>
    <message>
        <source>10 min</source>
        <translation>10 Min.</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 Std.</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 Std.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No streams connected</source>
        <translation>Keine Streams verbunden</translation>
    </message>
    <message>
        <source>Connect the chat of a live stream to start moderating it. Streams you connect come back by themselves the next time you start Moderator.</source>
        <translation>Verbinden Sie den Chat eines Livestreams, um ihn zu moderieren. Verbundene Streams kommen beim nächsten Start von Moderator von selbst wieder.</translation>
    </message>
    <message>
        <source>Connect a stream…</source>
        <translation>Stream verbinden…</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation>CSV, für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines, for scripts (*.jsonl)</source>
        <translation>JSON Lines, für Skripte (*.jsonl)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter by text…</source>
        <extracomment>typing pauses this long before the rows are filtered again (one pass over them)</extracomment>
        <translation>Nach Text filtern…</translation>
    </message>
    <message>
        <source>Author…</source>
        <translation>Autor…</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Nur ungelesene</translation>
    </message>
    <message>
        <source>Has links</source>
        <translation>Mit Links</translation>
    </message>
    <message>
        <source>Clear the filter and close (Esc)</source>
        <translation>Filter leeren und schließen (Esc)</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>Nachrichten filtern</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Nach Text filtern</translation>
    </message>
    <message>
        <source>Show only messages containing this text</source>
        <translation>Nur Nachrichten mit diesem Text zeigen</translation>
    </message>
    <message>
        <source>Filter by author</source>
        <translation>Nach Autor filtern</translation>
    </message>
    <message>
        <source>Show only messages by this author</source>
        <translation>Nur Nachrichten dieses Autors zeigen</translation>
    </message>
    <message>
        <source>Show only unread messages</source>
        <translation>Nur ungelesene Nachrichten zeigen</translation>
    </message>
    <message>
        <source>Show only messages with a link</source>
        <translation>Nur Nachrichten mit einem Link zeigen</translation>
    </message>
    <message>
        <source>Messages shown</source>
        <translation>Angezeigte Nachrichten</translation>
    </message>
    <message>
        <source>Clear the filter and close</source>
        <translation>Filter leeren und schließen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <source>A whole number is expected.</source>
        <translation>Eine ganze Zahl wird erwartet.</translation>
    </message>
    <message>
        <source>A number is expected.</source>
        <translation>Eine Zahl wird erwartet.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>Das ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>Too short (at least {min_length}).</source>
        <translation>Zu kurz (mindestens {min_length}).</translation>
    </message>
    <message>
        <source>Too long (at most {max_length}).</source>
        <translation>Zu lang (höchstens {max_length}).</translation>
    </message>
    <message>
        <source>This is not in the expected form.</source>
        <translation>Das hat nicht die erwartete Form.</translation>
    </message>
    <message>
        <source>Text is expected.</source>
        <translation>Text wird erwartet.</translation>
    </message>
    <message>
        <source>Yes or no is expected.</source>
        <translation>Ja oder Nein wird erwartet.</translation>
    </message>
    <message>
        <source>Must be more than {gt}.</source>
        <translation>Muss größer als {gt} sein.</translation>
    </message>
    <message>
        <source>Must be at least {ge}.</source>
        <translation>Muss mindestens {ge} sein.</translation>
    </message>
    <message>
        <source>Must be less than {lt}.</source>
        <translation>Muss kleiner als {lt} sein.</translation>
    </message>
    <message>
        <source>Must be at most {le}.</source>
        <translation>Darf höchstens {le} sein.</translation>
    </message>
    <message>
        <source>Choose one of the offered values.</source>
        <translation>Wählen Sie einen der angebotenen Werte.</translation>
    </message>
    <message>
        <source>This field is not known.</source>
        <translation>Dieses Feld ist unbekannt.</translation>
    </message>
    <message>
        <source>This value is not accepted.</source>
        <translation>Dieser Wert wird nicht angenommen.</translation>
    </message>
    <message>
        <source>{field}: {error}</source>
        <translation>{field}: {error}</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Required.</source>
        <translation>Pflichtfeld.</translation>
    </message>
    <message>
        <source>optional</source>
        <extracomment>words a field name spells in lower case that a label should not</extracomment>
        <translation>optional</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>{field} (optional):</source>
        <translation>{field} (optional):</translation>
    </message>
</context>
<context>
    <name>HeldCounts</name>
    <message numerus="yes">
        <source>%Ln delete(s)</source>
        <translation>
            <numerusform>%Ln Löschung</numerusform>
            <numerusform>%Ln Löschungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln permanent delete(s)</source>
        <translation>
            <numerusform>%Ln endgültige Löschung</numerusform>
            <numerusform>%Ln endgültige Löschungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ban(s)</source>
        <translation>
            <numerusform>%Ln Sperre</numerusform>
            <numerusform>%Ln Sperren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln timeout(s)</source>
        <translation>
            <numerusform>%Ln Zeitsperre</numerusform>
            <numerusform>%Ln Zeitsperren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weitere</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} was waiting for the undo delay in “{stream}” ({platform}) when Moderator closed. Send it now, or discard it?</source>
        <translation>{what} wartete in „{stream}“ ({platform}) auf die Rückgängig-Frist, als Moderator beendet wurde. Jetzt senden oder verwerfen?</translation>
    </message>
    <message>
        <source>{what} were waiting for the undo delay in “{stream}” ({platform}) when Moderator closed. Send them now, or discard them?</source>
        <translation>{what} warteten in „{stream}“ ({platform}) auf die Rückgängig-Frist, als Moderator beendet wurde. Jetzt senden oder verwerfen?</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} und {last}</translation>
    </message>
    <message>
        <source>Send now</source>
        <extracomment>how many of the messages the question lists by name the answers (their labels, translated where they are asked)</extracomment>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Ask me next time</source>
        <translation>Nächstes Mal fragen</translation>
    </message>
</context>
<context>
    <name>Inline</name>
    <message>
        <source>Del</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Del!</source>
        <translation>Löschen!</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Melden</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
</context>
<context>
    <name>InlineSection</name>
    <message>
        <source>Buttons on each message</source>
        <extracomment>the actions a row button makes sense for (reading is the list&apos;s own business) check boxes a line</extracomment>
        <translation>Schaltflächen an jeder Nachricht</translation>
    </message>
    <message>
        <source>Under the pointer</source>
        <translation>Unter dem Mauszeiger</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Buttons:</source>
        <translation>Schaltflächen:</translation>
    </message>
    <message>
        <source>Timeout button:</source>
        <translation>Zeitsperre-Schaltfläche:</translation>
    </message>
</context>
<context>
    <name>Keymap</name>
    <message>
        <source>On the selected messages (a tab, All streams, search results, user card)</source>
        <translation>Auf den ausgewählten Nachrichten (Tab, Alle Streams, Suchergebnisse, Benutzerkarte)</translation>
    </message>
    <message>
        <source>In a stream tab</source>
        <translation>In einem Stream-Tab</translation>
    </message>
    <message>
        <source>In the message list</source>
        <translation>In der Nachrichtenliste</translation>
    </message>
    <message>
        <source>In the send box</source>
        <translation>Im Eingabefeld</translation>
    </message>
    <message>
        <source>In the filter bar</source>
        <translation>In der Filterleiste</translation>
    </message>
    <message>
        <source>In a dialog</source>
        <translation>In einem Dialog</translation>
    </message>
    <message>
        <source>In the automod review queue</source>
        <translation>In der Automod-Prüfwarteschlange</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete (struck through, kept visible)</source>
        <translation>Löschen (durchgestrichen, bleibt sichtbar)</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark as read (kept on this computer where needed)</source>
        <translation>Als gelesen markieren (wo nötig auf diesem Computer gespeichert)</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Als ungelesen markieren</translation>
    </message>
    <message>
        <source>Timeout author…</source>
        <translation>Autor auf Zeit sperren…</translation>
    </message>
    <message>
        <source>Time the author out (presets, a reason)</source>
        <translation>Autor auf Zeit sperren (Vorgaben, ein Grund)</translation>
    </message>
    <message>
        <source>Ban author…</source>
        <translation>Autor sperren…</translation>
    </message>
    <message>
        <source>Ban the author</source>
        <translation>Den Autor sperren</translation>
    </message>
    <message>
        <source>Unban author</source>
        <translation>Autor entsperren</translation>
    </message>
    <message>
        <source>Unban the author</source>
        <translation>Den Autor entsperren</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>Zur Prüfung melden</translation>
    </message>
    <message>
        <source>End this chat</source>
        <translation>Diesen Chat beenden</translation>
    </message>
    <message>
        <source>End the chat (LivePerson)</source>
        <translation>Den Chat beenden (LivePerson)</translation>
    </message>
    <message>
        <source>Mark read up to here</source>
        <translation>Bis hier als gelesen markieren</translation>
    </message>
    <message>
        <source>Next unread</source>
        <translation>Nächste ungelesene</translation>
    </message>
    <message>
        <source>Select the next unread message</source>
        <translation>Die nächste ungelesene Nachricht auswählen</translation>
    </message>
    <message>
        <source>Next by author</source>
        <translation>Nächste vom Autor</translation>
    </message>
    <message>
        <source>Next message by the same author</source>
        <translation>Nächste Nachricht desselben Autors</translation>
    </message>
    <message>
        <source>Previous by author</source>
        <translation>Vorherige vom Autor</translation>
    </message>
    <message>
        <source>Previous message by the same author</source>
        <translation>Vorherige Nachricht desselben Autors</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <source>Filter: text, author, unread only, links</source>
        <translation>Filtern: Text, Autor, nur ungelesene, Links</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last delete or ban while its toast shows</source>
        <translation>Letztes Löschen oder Sperren rückgängig machen, solange der Hinweis sichtbar ist</translation>
    </message>
    <message>
        <source>Cancel bulk action</source>
        <translation>Sammelaktion abbrechen</translation>
    </message>
    <message>
        <source>Cancel the rest of a bulk action</source>
        <translation>Den Rest einer Sammelaktion abbrechen</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Retry what failed in a bulk action</source>
        <translation>Fehlgeschlagenes einer Sammelaktion wiederholen</translation>
    </message>
    <message>
        <source>Go to the send box</source>
        <translation>Zum Eingabefeld</translation>
    </message>
    <message>
        <source>I&apos;m on it</source>
        <translation>Ich übernehme das</translation>
    </message>
    <message>
        <source>Claim the message for the team, or let it go (team workspace)</source>
        <translation>Die Nachricht für das Team übernehmen oder freigeben (Team-Arbeitsbereich)</translation>
    </message>
    <message>
        <source>I&apos;m on this author</source>
        <translation>Ich übernehme diesen Autor</translation>
    </message>
    <message>
        <source>Claim the message&apos;s author for the team, or let them go (team workspace)</source>
        <translation>Den Autor der Nachricht für das Team übernehmen oder freigeben (Team-Arbeitsbereich)</translation>
    </message>
    <message>
        <source>Previous / next message</source>
        <translation>Vorherige / nächste Nachricht</translation>
    </message>
    <message>
        <source>Extend the selection</source>
        <translation>Auswahl erweitern</translation>
    </message>
    <message>
        <source>A screen up / down</source>
        <translation>Eine Seite nach oben / unten</translation>
    </message>
    <message>
        <source>Oldest message / newest (and follow the chat)</source>
        <translation>Älteste Nachricht / neueste (und dem Chat folgen)</translation>
    </message>
    <message>
        <source>Select every message</source>
        <translation>Alle Nachrichten auswählen</translation>
    </message>
    <message>
        <source>Open the context menu</source>
        <translation>Kontextmenü öffnen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Earlier / later sent messages</source>
        <translation>Früher / später gesendete Nachrichten</translation>
    </message>
    <message>
        <source>Clear the filter and close the bar</source>
        <translation>Filter leeren und Leiste schließen</translation>
    </message>
    <message>
        <source>Confirm / cancel</source>
        <translation>Bestätigen / abbrechen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Approve: show the held message in its tab</source>
        <translation>Freigeben: die zurückgehaltene Nachricht in ihrem Tab zeigen</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Deny: delete it where the platform can</source>
        <translation>Ablehnen: löschen, wo die Plattform es kann</translation>
    </message>
    <message>
        <source>Deny + timeout…</source>
        <translation>Ablehnen + Zeitsperre…</translation>
    </message>
    <message>
        <source>Deny, then time the author out</source>
        <translation>Ablehnen, dann den Autor auf Zeit sperren</translation>
    </message>
    <message>
        <source>Deny + ban…</source>
        <translation>Ablehnen + sperren…</translation>
    </message>
    <message>
        <source>Deny, then ban the author</source>
        <translation>Ablehnen, dann den Autor sperren</translation>
    </message>
    <message>
        <source>Automod &amp;review queue</source>
        <translation>Automod-&amp;Prüfwarteschlange</translation>
    </message>
    <message>
        <source>Automod review queue</source>
        <translation>Automod-Prüfwarteschlange</translation>
    </message>
    <message>
        <source>Automod &amp;rules…</source>
        <translation>Automod-&amp;Regeln…</translation>
    </message>
    <message>
        <source>Automod rules</source>
        <translation>Automod-Regeln</translation>
    </message>
    <message>
        <source>&amp;Connect a stream…</source>
        <translation>Stream &amp;verbinden…</translation>
    </message>
    <message>
        <source>Connect a stream</source>
        <translation>Stream verbinden</translation>
    </message>
    <message>
        <source>Close &amp;tab</source>
        <translation>&amp;Tab schließen</translation>
    </message>
    <message>
        <source>Close the tab</source>
        <translation>Den Tab schließen</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Nächster Tab</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Nächster Tab</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Vorheriger Tab</translation>
    </message>
    <message>
        <source>&amp;Search all streams…</source>
        <translation>Alle Streams &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>Search every stream and archive</source>
        <translation>Alle Streams und das Archiv durchsuchen</translation>
    </message>
    <message>
        <source>&amp;User card of the selected author</source>
        <translation>&amp;Benutzerkarte des ausgewählten Autors</translation>
    </message>
    <message>
        <source>User card</source>
        <translation>Benutzerkarte</translation>
    </message>
    <message>
        <source>&amp;All streams tab</source>
        <translation>Tab „&amp;Alle Streams“</translation>
    </message>
    <message>
        <source>All streams tab</source>
        <translation>Tab „Alle Streams“</translation>
    </message>
    <message>
        <source>Audit &amp;log</source>
        <translation>Prüf&amp;protokoll</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Larger chat text (every list)</source>
        <translation>Größerer Chattext (jede Liste)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Smaller chat text (every list)</source>
        <translation>Kleinerer Chattext (jede Liste)</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Normale Größe</translation>
    </message>
    <message>
        <source>Chat text at its normal size</source>
        <translation>Chattext in normaler Größe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every shortcut on one page</source>
        <translation>Alle Tastenkürzel auf einer Seite</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>the languages shipped, by code, each named in its own language (never translated)</extracomment>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Streams</source>
        <extracomment>how long the status bar shows a message of each level (ms) the moderator closed the window (or the app was asked to quit) Streams → Connect a stream… (or the empty state&apos;s button) the moderator closed a tab (its widget): nothing is asked, nothing is lost Edit → Search all streams… Edit → User card of the selected message&apos;s author View → All streams tab, checked or not File → Export chat… in this format (&quot;csv&quot; or &quot;jsonl&quot;)</extracomment>
        <translation>Streams</translation>
    </message>
    <message>
        <source>Something in a message could not be shown; the app kept running. Help → About names the log file.</source>
        <translation>Etwas in einer Nachricht konnte nicht angezeigt werden; die App lief weiter. Hilfe → Über nennt die Protokolldatei.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>Ü&amp;ber {app}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Chat as &amp;CSV…</source>
        <translation>Chat als &amp;CSV…</translation>
    </message>
    <message>
        <source>Chat as &amp;JSON Lines…</source>
        <translation>Chat als &amp;JSON Lines…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>No chat archive is kept in this session.</source>
        <translation>In dieser Sitzung wird kein Chat-Archiv geführt.</translation>
    </message>
    <message>
        <source>Audit log as C&amp;SV…</source>
        <translation>Prüfprotokoll als C&amp;SV…</translation>
    </message>
    <message>
        <source>Audit log as JSON &amp;Lines…</source>
        <translation>Prüfprotokoll als JSON &amp;Lines…</translation>
    </message>
    <message>
        <source>&amp;Streams</source>
        <translation>&amp;Streams</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Moderate live-stream chats on several platforms from one window.</source>
        <translation>Livestream-Chats auf mehreren Plattformen aus einem Fenster moderieren.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Protokolldatei: {path}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>✎ note</source>
        <extracomment>behind a highlighted row: a warm tint that reads on light and dark themes alike before a name that imitates a moderator&apos;s, the streamer&apos;s or the moderator&apos;s own the chip of a banned or timed-out author (white text on it reads at 6.5:1) the chip of an author the moderator wrote a note on; the note is its tooltip</extracomment>
        <translation>✎ Notiz</translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <source>⚠ looks like {name}, but is another account</source>
        <extracomment>rows admitted in one turn of the GUI loop at most (inserting and measuring ~500 rows stays around a millisecond); a longer queue goes on in the next turn the pause before the next share of a long queue: Qt 6 runs a 0 ms timer before any other, 1 ms lets input, paint and the network have their turn in between the ChatMessage behind a row a batch of rows was appended (first, last) the oldest rows left the model (a list of ChatMessage, oldest first) how many chat lines are neither read nor deleted, when that number changed rows whose state changed: a list of (before, after) messages (announced to screen readers) kept up to date on every change, so asking costs nothing at 100k rows the id of the newest read row: the last-read line is drawn below it the names of this stream&apos;s staff, and the authors whose names imitate them the platform&apos;s name for a stream key, as a row&apos;s accessible text says it</extracomment>
        <translation>⚠ sieht aus wie {name}, ist aber ein anderes Konto</translation>
    </message>
    <message>
        <source>Removed on the platform by someone else, not by you</source>
        <translation>Auf der Plattform von jemand anderem entfernt, nicht von Ihnen</translation>
    </message>
    <message>
        <source>removed on the platform</source>
        <translation>auf der Plattform entfernt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
</context>
<context>
    <name>MessageTableModel</name>
    <message>
        <source>deleted</source>
        <extracomment>how many of them are still only in the open tabs, not yet in the archive the archive could not be searched (none attached): a sentence saying so, or &quot;&quot; a stream key&apos;s platform for the rows&apos; accessible text (default: the stream&apos;s name)</extracomment>
        <translation>gelöscht</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Chat messages</source>
        <extracomment>how close to the end still counts as &quot;at the bottom&quot; rows inserted or trimmed are measured this much later, in a turn of their own, and painted as much later again: Qt 6 runs a 0 ms timer before any other, so 1 ms lets the GUI answer between the insert, the measuring and the paint the moderator scrolled to the very top: older messages may be wanted the list stopped or started following the chat (True: paused) rows went in or out in this turn and the rows in sight are not measured yet the paint was put off once for the measuring turn (never twice: a busy chat paints)</extracomment>
        <translation>Chat-Nachrichten</translation>
    </message>
</context>
<context>
    <name>ModerationLines</name>
    <message>
        <source>{name} was banned by you</source>
        <translation>{name} wurde von Ihnen gesperrt</translation>
    </message>
    <message>
        <source>{name} was banned by {who}</source>
        <translation>{name} wurde von {who} gesperrt</translation>
    </message>
    <message>
        <source>{name} was unbanned by you</source>
        <translation>{name} wurde von Ihnen entsperrt</translation>
    </message>
    <message>
        <source>{name} was unbanned by {who}</source>
        <translation>{name} wurde von {who} entsperrt</translation>
    </message>
    <message>
        <source>{name} was timed out for {duration} by you</source>
        <translation>{name} wurde von Ihnen für {duration} auf Zeit gesperrt</translation>
    </message>
    <message>
        <source>{name} was timed out for {duration} by {who}</source>
        <translation>{name} wurde von {who} für {duration} auf Zeit gesperrt</translation>
    </message>
</context>
<context>
    <name>NewMessagesPill</name>
    <message>
        <source>Jump to the newest message and follow the chat again (End)</source>
        <extracomment>the first row that arrived since the list paused (None: nothing new)</extracomment>
        <translation>Zur neuesten Nachricht springen und dem Chat wieder folgen (Ende)</translation>
    </message>
    <message>
        <source>New messages below</source>
        <translation>Neue Nachrichten unten</translation>
    </message>
</context>
<context>
    <name>NoteBox</name>
    <message>
        <source>Your note on this author</source>
        <extracomment>the note was saved (or removed)</extracomment>
        <translation>Ihre Notiz zu diesem Autor</translation>
    </message>
    <message>
        <source>Shown on this card and as a ✎ chip on their rows; shared with your team if you have one.</source>
        <translation>Wird auf dieser Karte und als ✎-Marke an den Zeilen des Autors gezeigt; mit Ihrem Team geteilt, falls Sie eines haben.</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>Written by {moderator}.</source>
        <translation>Geschrieben von {moderator}.</translation>
    </message>
    <message>
        <source>{moderator} changed this note meanwhile; saving replaces it.</source>
        <translation>{moderator} hat diese Notiz inzwischen geändert; Speichern ersetzt sie.</translation>
    </message>
    <message>
        <source>The note could not be saved ({error}); it is still in the box.</source>
        <translation>Die Notiz konnte nicht gespeichert werden ({error}); sie steht noch im Feld.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Note removed.</source>
        <translation>Notiz entfernt.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <extracomment>each level&apos;s colour: errors and warnings red as before, news blue; the text is made to read (4.5:1) on the theme&apos;s window, the bar&apos;s background is a tint of it how much of the level&apos;s colour the bar&apos;s background takes</extracomment>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>PeopleBox</name>
    <message>
        <source>The same person elsewhere?</source>
        <extracomment>how many messages of a name the suggestions look at</extracomment>
        <translation>Dieselbe Person anderswo?</translation>
    </message>
    <message>
        <source>Linked</source>
        <extracomment>the author -&gt; its Link or Unlink button the author -&gt; its sentence</extracomment>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Possibly the same person</source>
        <translation>Vielleicht dieselbe Person</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>{what}: {name} on {where} ({count})</source>
        <translation>{what}: {name} auf {where} ({count})</translation>
    </message>
    <message>
        <source>Show their messages and actions on this card, also after a restart.</source>
        <translation>Ihre Nachrichten und Aktionen auf dieser Karte zeigen, auch nach einem Neustart.</translation>
    </message>
    <message>
        <source>Take them off this card: they are someone else.</source>
        <translation>Von dieser Karte nehmen: Das ist jemand anderes.</translation>
    </message>
    <message>
        <source>No one of this name in the other streams.</source>
        <translation>In den anderen Streams gibt es niemanden mit diesem Namen.</translation>
    </message>
</context>
<context>
    <name>PickAuthor</name>
    <message>
        <source>Which author?</source>
        <extracomment>how much of an author&apos;s last message the list shows</extracomment>
        <translation>Welcher Autor?</translation>
    </message>
    <message>
        <source>Several authors of this chat go by “{name}”. Which one did you mean?</source>
        <translation>Mehrere Autoren dieses Chats heißen „{name}“. Welchen meinten Sie?</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>Sign in through the browser with your partner client id and secret, or paste tokens you already have.</source>
        <translation>Melden Sie sich mit Partner-Client-ID und -Secret im Browser an oder fügen Sie vorhandene Tokens ein.</translation>
    </message>
    <message>
        <source>PRISM deletes in one step; it has no permanent delete.</source>
        <translation>PRISM löscht in einem Schritt; ein endgültiges Löschen gibt es nicht.</translation>
    </message>
    <message>
        <source>PRISM keeps no read flag; read state is kept on this computer.</source>
        <translation>PRISM speichert kein Gelesen-Kennzeichen; der Gelesen-Status bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>PRISM has no flag-for-review endpoint.</source>
        <translation>PRISM hat keinen Endpunkt zum Melden zur Prüfung.</translation>
    </message>
    <message>
        <source>A PRISM chat ends with its live, not from here.</source>
        <translation>Ein PRISM-Chat endet mit seinem Live, nicht von hier aus.</translation>
    </message>
    <message>
        <source>PRISM chat is read by polling about every 5 seconds.</source>
        <translation>Der PRISM-Chat wird etwa alle 5 Sekunden abgefragt.</translation>
    </message>
    <message>
        <source>Sign in with PRISM in the browser…</source>
        <translation>Im Browser bei PRISM anmelden…</translation>
    </message>
    <message>
        <source>Fill in the base URL, client ID and client secret below first. Your browser opens PRISM&apos;s sign-in page; the tokens come back here by themselves.</source>
        <translation>Tragen Sie zuerst unten Basis-URL, Client-ID und Client-Secret ein. Ihr Browser öffnet die Anmeldeseite von PRISM; die Tokens kommen von selbst hierher zurück.</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Zeitlimit für Anfragen</translation>
    </message>
    <message>
        <source>Seconds to wait for the platform to answer.</source>
        <translation>Sekunden, die auf die Antwort der Plattform gewartet wird.</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>The PRISM B2B API address your partner account was given.</source>
        <translation>Die PRISM-B2B-API-Adresse, die Ihr Partnerkonto erhalten hat.</translation>
    </message>
    <message>
        <source>Live ID</source>
        <translation>Live-ID</translation>
    </message>
    <message>
        <source>The live whose chat to moderate.</source>
        <translation>Das Live, dessen Chat moderiert werden soll.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>OAuth access token (x-prism-access-token).</source>
        <translation>OAuth-Zugriffstoken (x-prism-access-token).</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Aktualisierungstoken</translation>
    </message>
    <message>
        <source>Refresh token, to renew the access token.</source>
        <translation>Aktualisierungstoken, um das Zugriffstoken zu erneuern.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Partner client id, needed to refresh tokens.</source>
        <translation>Partner-Client-ID, nötig zum Erneuern der Tokens.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Partner client secret.</source>
        <translation>Partner-Client-Secret.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Tab title; the live&apos;s title when empty.</source>
        <translation>Tab-Titel; leer: der Titel des Lives.</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>Browser sign-in page; empty: {base_url}/prism/v1/service/oauth2/authorize (not documented by PRISM: an inference).</source>
        <translation>Anmeldeseite im Browser; leer: {base_url}/prism/v1/service/oauth2/authorize (von PRISM nicht dokumentiert: eine Annahme).</translation>
    </message>
    <message>
        <source>Sign in with a code Allmine e-mails you, then name the live stream.</source>
        <translation>Melden Sie sich mit einem Code an, den Allmine Ihnen mailt, und nennen Sie dann den Livestream.</translation>
    </message>
    <message>
        <source>Allmine has no endpoint to delete a chat message.</source>
        <translation>Allmine hat keinen Endpunkt zum Löschen einer Chatnachricht.</translation>
    </message>
    <message>
        <source>Allmine has no read flag for chat messages; read state is kept on this computer.</source>
        <translation>Allmine hat kein Gelesen-Kennzeichen für Chatnachrichten; der Gelesen-Status bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Allmine has no moderator ban endpoint; a user can only block another user for themselves.</source>
        <translation>Allmine hat keinen Sperr-Endpunkt für Moderatoren; ein Benutzer kann einen anderen nur für sich selbst blockieren.</translation>
    </message>
    <message>
        <source>Allmine has no endpoint to report a chat message.</source>
        <translation>Allmine hat keinen Endpunkt zum Melden einer Chatnachricht.</translation>
    </message>
    <message>
        <source>Allmine has no endpoint to end a chat; it ends with the stream.</source>
        <translation>Allmine hat keinen Endpunkt zum Beenden eines Chats; er endet mit dem Stream.</translation>
    </message>
    <message>
        <source>Allmine documents no realtime endpoint; its chat is polled.</source>
        <translation>Allmine dokumentiert keinen Echtzeit-Endpunkt; sein Chat wird abgefragt.</translation>
    </message>
    <message>
        <source>Type your e-mail address and press Send code, then type the code from the e-mail and press Sign in: the tokens are filled in below.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein und klicken Sie auf Code senden, dann geben Sie den Code aus der E-Mail ein und klicken auf Anmelden: Die Tokens werden unten eingetragen.</translation>
    </message>
    <message>
        <source>The Allmine API address (no public default; the docs only show example.com).</source>
        <translation>Die Allmine-API-Adresse (kein öffentlicher Standard; die Doku zeigt nur example.com).</translation>
    </message>
    <message>
        <source>Live stream ID</source>
        <translation>Livestream-ID</translation>
    </message>
    <message>
        <source>The live stream whose chat to moderate (its 24-hex streamId).</source>
        <translation>Der Livestream, dessen Chat moderiert werden soll (seine 24-stellige hexadezimale streamId).</translation>
    </message>
    <message>
        <source>JWT access token, sent as a Bearer token.</source>
        <translation>JWT-Zugriffstoken, als Bearer-Token gesendet.</translation>
    </message>
    <message>
        <source>Refresh token, to renew the access token when it expires.</source>
        <translation>Aktualisierungstoken, um das Zugriffstoken bei Ablauf zu erneuern.</translation>
    </message>
    <message>
        <source>Page order</source>
        <translation>Seitenreihenfolge</translation>
    </message>
    <message>
        <source>Which end of the chat the first page holds; auto tells it from the dates.</source>
        <translation>Welches Ende des Chats die erste Seite enthält; auto erkennt es an den Daten.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>Messages per request (1 to 100).</source>
        <translation>Nachrichten pro Anfrage (1 bis 100).</translation>
    </message>
    <message>
        <source>Tab title; &apos;Allmine stream &lt;id&gt;&apos; when empty.</source>
        <translation>Tab-Titel; leer: &apos;Allmine stream &lt;id&gt;&apos;.</translation>
    </message>
    <message>
        <source>Use an API client id and secret from the IBM Video dashboard.</source>
        <translation>Verwenden Sie eine API-Client-ID und ein Secret aus dem IBM-Video-Dashboard.</translation>
    </message>
    <message>
        <source>IBM Video has one chat room per channel; there is no chat to end.</source>
        <translation>IBM Video hat einen Chatraum pro Kanal; es gibt keinen Chat zu beenden.</translation>
    </message>
    <message>
        <source>This channel&apos;s Stream Chat settings turn read events off, so read state is kept on this computer.</source>
        <translation>Die Stream-Chat-Einstellungen dieses Kanals schalten Gelesen-Ereignisse ab, daher bleibt der Gelesen-Status auf diesem Computer.</translation>
    </message>
    <message>
        <source>Channel ID</source>
        <translation>Kanal-ID</translation>
    </message>
    <message>
        <source>The IBM Video channel whose chat to moderate.</source>
        <translation>Der IBM-Video-Kanal, dessen Chat moderiert werden soll.</translation>
    </message>
    <message>
        <source>API client id from the IBM Video dashboard.</source>
        <translation>API-Client-ID aus dem IBM-Video-Dashboard.</translation>
    </message>
    <message>
        <source>API client secret (sent as HTTP Basic).</source>
        <translation>API-Client-Secret (als HTTP Basic gesendet).</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <source>IBM Video API address.</source>
        <translation>IBM-Video-API-Adresse.</translation>
    </message>
    <message>
        <source>Token base URL</source>
        <translation>Token-Basis-URL</translation>
    </message>
    <message>
        <source>Where the OAuth token endpoint (/oauth2/token) lives.</source>
        <translation>Wo der OAuth-Token-Endpunkt (/oauth2/token) liegt.</translation>
    </message>
    <message>
        <source>Refresh token from an earlier sign-in; client credentials are used without.</source>
        <translation>Aktualisierungstoken einer früheren Anmeldung; ohne werden die Client-Zugangsdaten verwendet.</translation>
    </message>
    <message>
        <source>Tab title; &apos;IBM Video channel …&apos; when empty.</source>
        <translation>Tab-Titel; leer: &apos;IBM Video channel …&apos;.</translation>
    </message>
    <message>
        <source>Use the site&apos;s address and an API key; Test connection checks the key.</source>
        <translation>Verwenden Sie die Adresse der Website und einen API-Schlüssel; Verbindung testen prüft den Schlüssel.</translation>
    </message>
    <message>
        <source>Brilliant Directories has a single delete, which already removes the message.</source>
        <translation>Brilliant Directories hat nur ein Löschen, das die Nachricht bereits entfernt.</translation>
    </message>
    <message>
        <source>Brilliant Directories chat has no way to ban a site visitor.</source>
        <translation>Der Brilliant-Directories-Chat kann keinen Website-Besucher sperren.</translation>
    </message>
    <message>
        <source>Brilliant Directories chat has no timeouts.</source>
        <translation>Der Brilliant-Directories-Chat kennt keine Zeitsperren.</translation>
    </message>
    <message>
        <source>Brilliant Directories chat bans no one, so there is nothing to lift.</source>
        <translation>Der Brilliant-Directories-Chat sperrt niemanden, also gibt es nichts aufzuheben.</translation>
    </message>
    <message>
        <source>Brilliant Directories has no flag-for-review for chat messages.</source>
        <translation>Brilliant Directories kann Chatnachrichten nicht zur Prüfung melden.</translation>
    </message>
    <message>
        <source>The API cannot close a chat thread; close it in the site&apos;s admin panel.</source>
        <translation>Die API kann keinen Chat-Thread schließen; schließen Sie ihn im Admin-Bereich der Website.</translation>
    </message>
    <message>
        <source>Brilliant Directories chat is read by polling about every 5 s.</source>
        <translation>Der Brilliant-Directories-Chat wird etwa alle 5 s abgefragt.</translation>
    </message>
    <message>
        <source>Site URL</source>
        <translation>Website-URL</translation>
    </message>
    <message>
        <source>The directory website, e.g. https://www.yourdomain.com.</source>
        <translation>Die Verzeichnis-Website, z. B. https://www.yourdomain.com.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API key from the site&apos;s Admin Panel, Developer Hub → Generate API Key.</source>
        <translation>API-Schlüssel aus dem Admin-Bereich der Website: Developer Hub → Generate API Key.</translation>
    </message>
    <message>
        <source>Owner token</source>
        <translation>Besitzer-Token</translation>
    </message>
    <message>
        <source>The message_owner token your replies are written as (the site owner&apos;s).</source>
        <translation>Das message_owner-Token, unter dem Ihre Antworten geschrieben werden (das des Website-Besitzers).</translation>
    </message>
    <message>
        <source>Thread token</source>
        <translation>Thread-Token</translation>
    </message>
    <message>
        <source>Moderate only this chat thread; empty for every thread.</source>
        <translation>Nur diesen Chat-Thread moderieren; leer für alle Threads.</translation>
    </message>
    <message>
        <source>Reply thread</source>
        <translation>Antwort-Thread</translation>
    </message>
    <message>
        <source>Thread your messages go to; empty: the thread a visitor wrote in last.</source>
        <translation>Thread, in den Ihre Nachrichten gehen; leer: der Thread, in dem zuletzt ein Besucher schrieb.</translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>The site&apos;s time zone: created_at carries none (an inference: site-local).</source>
        <translation>Die Zeitzone der Website: created_at enthält keine (eine Annahme: Ortszeit der Website).</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Anfragen pro Minute</translation>
    </message>
    <message>
        <source>The key&apos;s rate limit as set in the Admin Panel (100 unless raised).</source>
        <translation>Das Ratenlimit des Schlüssels laut Admin-Bereich (100, sofern nicht erhöht).</translation>
    </message>
    <message>
        <source>Tab title; the site&apos;s name when empty.</source>
        <translation>Tab-Titel; leer: der Name der Website.</translation>
    </message>
    <message>
        <source>Sign in as an agent: account number, user name and password.</source>
        <translation>Melden Sie sich als Agent an: Kontonummer, Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>The legacy Chat Agent API cannot delete a visitor&apos;s line.</source>
        <translation>Die alte Chat Agent API kann die Zeile eines Besuchers nicht löschen.</translation>
    </message>
    <message>
        <source>LivePerson keeps no read flag; read state is kept on this computer.</source>
        <translation>LivePerson speichert kein Gelesen-Kennzeichen; der Gelesen-Status bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>LivePerson offers no ban for visitors; end the chat instead.</source>
        <translation>LivePerson bietet keine Sperre für Besucher; beenden Sie stattdessen den Chat.</translation>
    </message>
    <message>
        <source>LivePerson offers no timeout for visitors; end the chat instead.</source>
        <translation>LivePerson bietet keine Zeitsperre für Besucher; beenden Sie stattdessen den Chat.</translation>
    </message>
    <message>
        <source>LivePerson has no bans to lift.</source>
        <translation>Bei LivePerson gibt es keine Sperren aufzuheben.</translation>
    </message>
    <message>
        <source>The legacy Chat Agent API has no flag-for-review.</source>
        <translation>Die alte Chat Agent API kann nicht zur Prüfung melden.</translation>
    </message>
    <message>
        <source>The legacy Chat Agent API is read by polling every few seconds.</source>
        <translation>Die alte Chat Agent API wird alle paar Sekunden abgefragt.</translation>
    </message>
    <message>
        <source>Your account&apos;s LivePerson server, e.g. https://sales.liveperson.net.</source>
        <translation>Der LivePerson-Server Ihres Kontos, z. B. https://sales.liveperson.net.</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>The LivePerson account (site) number.</source>
        <translation>Die LivePerson-Kontonummer (Site).</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>The agent&apos;s login name.</source>
        <translation>Der Anmeldename des Agenten.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The agent&apos;s password.</source>
        <translation>Das Passwort des Agenten.</translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation>Abfrageintervall</translation>
    </message>
    <message>
        <source>Seconds between two polls; LivePerson allows no less than 2.</source>
        <translation>Sekunden zwischen zwei Abfragen; LivePerson erlaubt nicht weniger als 2.</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Aktualisierungsintervall</translation>
    </message>
    <message>
        <source>Seconds between session refreshes; LivePerson asks for every few minutes.</source>
        <translation>Sekunden zwischen Sitzungsaktualisierungen; LivePerson verlangt sie alle paar Minuten.</translation>
    </message>
    <message>
        <source>Tab title; made from the user name when empty.</source>
        <translation>Tab-Titel; leer: aus dem Benutzernamen gebildet.</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>{name}&apos;s message</source>
        <translation>Nachricht von {name}</translation>
    </message>
    <message>
        <source>Delete {what} on {platform} permanently? This cannot be undone.</source>
        <translation>{what} auf {platform} endgültig löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>{action} {what} on {platform}?</source>
        <translation>{what} auf {platform}: {action}?</translation>
    </message>
    <message>
        <source>{authors} ({names})</source>
        <translation>{authors} ({names})</translation>
    </message>
    <message>
        <source>Time out {who} on {platform} for {length}?</source>
        <translation>{who} auf {platform} für {length} sperren?</translation>
    </message>
    <message>
        <source>Unban {who} on {platform}?</source>
        <translation>{who} auf {platform} entsperren?</translation>
    </message>
    <message>
        <source>Ban {who} on {platform} permanently?</source>
        <translation>{who} auf {platform} dauerhaft sperren?</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} und %Ln weiterer</numerusform>
            <numerusform>{names} und %Ln weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestrictDialog</name>
    <message>
        <source>Ban author</source>
        <extracomment>button ids beyond the presets&apos; indexes (a QButtonGroup id of -1 means &quot;pick one for me&quot;) a typed command&apos;s duration that is neither a preset nor whole minutes (&quot;30s&quot;)</extracomment>
        <translation>Autor sperren</translation>
    </message>
    <message>
        <source>Time out author</source>
        <translation>Autor auf Zeit sperren</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Ban</source>
        <extracomment>says why the reason field is off, where the platform takes none</extracomment>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Custom:</source>
        <translation>Eigene:</translation>
    </message>
    <message>
        <source>Permanent ban</source>
        <translation>Dauerhafte Sperre</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>{platform} does not offer this.</source>
        <translation>{platform} bietet das nicht an.</translation>
    </message>
    <message>
        <source>Sent to {platform} with the ban (optional)</source>
        <translation>Wird mit der Sperre an {platform} gesendet (optional)</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Wird nicht gesendet</translation>
    </message>
    <message>
        <source>{platform} takes no reason with a ban: nothing would be sent.</source>
        <translation>{platform} nimmt bei einer Sperre keinen Grund an: Es würde nichts gesendet.</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>Auf Zeit sperren</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Messages held for review</source>
        <translation>Zur Prüfung zurückgehaltene Nachrichten</translation>
    </message>
    <message>
        <source>Newest first; A approves, D denies the selected messages</source>
        <translation>Neueste zuerst; A gibt die ausgewählten Nachrichten frei, D lehnt sie ab</translation>
    </message>
</context>
<context>
    <name>RowAnnouncer</name>
    <message>
        <source>Removed on the platform</source>
        <extracomment>up to this many changed rows are named one by one; more are counted</extracomment>
        <translation>Auf der Plattform entfernt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <source>How the rule is named in the list and the audit log</source>
        <translation>Wie die Regel in der Liste und im Prüfprotokoll heißt</translation>
    </message>
    <message>
        <source>What the rule looks for in a message</source>
        <translation>Wonach die Regel in einer Nachricht sucht</translation>
    </message>
    <message>
        <source>What happens to a message the rule catches</source>
        <translation>Was mit einer Nachricht geschieht, die die Regel erfasst</translation>
    </message>
    <message>
        <source>How long the author is timed out</source>
        <translation>Wie lange der Autor stummgeschaltet wird</translation>
    </message>
    <message>
        <source>Only enabled rules check messages</source>
        <translation>Nur aktivierte Regeln prüfen Nachrichten</translation>
    </message>
    <message>
        <source>Mark the messages it would catch, do nothing</source>
        <translation>Die Nachrichten markieren, die sie erfassen würde, sonst nichts tun</translation>
    </message>
    <message>
        <source>Every stream, one platform, or one stream</source>
        <translation>Alle Streams, eine Plattform oder ein Stream</translation>
    </message>
    <message>
        <source>The platform or stream the rule applies to</source>
        <translation>Die Plattform oder der Stream, für den die Regel gilt</translation>
    </message>
    <message>
        <source>One word or phrase a line</source>
        <translation>Ein Wort oder eine Wendung pro Zeile</translation>
    </message>
    <message>
        <source>A message matching it is caught</source>
        <translation>Eine passende Nachricht wird erfasst</translation>
    </message>
    <message>
        <source>Links to these sites are let through</source>
        <translation>Links zu diesen Seiten werden durchgelassen</translation>
    </message>
    <message>
        <source>Caught above this share of capital letters</source>
        <translation>Erfasst ab diesem Anteil an Großbuchstaben</translation>
    </message>
    <message>
        <source>Shorter messages are never caught for capitals</source>
        <translation>Kürzere Nachrichten werden nie wegen Großbuchstaben erfasst</translation>
    </message>
    <message>
        <source>Messages from one author that count as a flood</source>
        <translation>Nachrichten eines Autors, die als Flut gelten</translation>
    </message>
    <message>
        <source>The time those messages must fall within</source>
        <translation>Die Zeit, in die diese Nachrichten fallen müssen</translation>
    </message>
    <message>
        <source>How many of a new author&apos;s messages count</source>
        <translation>Wie viele Nachrichten eines neuen Autors zählen</translation>
    </message>
    <message>
        <source>Names others may not pass themselves off as</source>
        <translation>Namen, als die sich andere nicht ausgeben dürfen</translation>
    </message>
    <message>
        <source>Longer messages are caught</source>
        <translation>Längere Nachrichten werden erfasst</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Dry run: only mark what it would do</source>
        <translation>Probelauf: nur markieren, was sie tun würde</translation>
    </message>
    <message>
        <source>prism, or prism:1001</source>
        <translation>prism oder prism:1001</translation>
    </message>
    <message>
        <source>one word or phrase a line</source>
        <translation>ein Wort oder eine Wendung pro Zeile</translation>
    </message>
    <message>
        <source>youtube.com, twitch.tv</source>
        <translation>youtube.com, twitch.tv</translation>
    </message>
    <message>
        <source>Streamer, ModSquad Lead</source>
        <translation>Streamer, ModSquad-Leitung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitsperre</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Platform or stream</source>
        <translation>Plattform oder Stream</translation>
    </message>
    <message>
        <source>Words and phrases</source>
        <translation>Wörter und Wendungen</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Allowed domains</source>
        <translation>Erlaubte Domains</translation>
    </message>
    <message>
        <source>Share of capitals</source>
        <translation>Anteil an Großbuchstaben</translation>
    </message>
    <message>
        <source>At least letters</source>
        <translation>Mindestens Buchstaben</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Wie viele</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Innerhalb von</translation>
    </message>
    <message>
        <source>First messages</source>
        <translation>Erste Nachrichten</translation>
    </message>
    <message>
        <source>Protected names</source>
        <translation>Geschützte Namen</translation>
    </message>
    <message>
        <source>Longer than (characters)</source>
        <translation>Länger als (Zeichen)</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Capitals</source>
        <translation>Großbuchstaben</translation>
    </message>
    <message>
        <source>Repeated message</source>
        <translation>Wiederholte Nachricht</translation>
    </message>
    <message>
        <source>Raid (same text, many authors)</source>
        <translation>Raid (gleicher Text, viele Autoren)</translation>
    </message>
    <message>
        <source>Flood (many messages)</source>
        <translation>Flut (viele Nachrichten)</translation>
    </message>
    <message>
        <source>New author</source>
        <translation>Neuer Autor</translation>
    </message>
    <message>
        <source>Look-alike name</source>
        <translation>Ähnlich aussehender Name</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Hervorheben</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Melden</translation>
    </message>
    <message>
        <source>Hold for review</source>
        <translation>Zur Prüfung zurückhalten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>Auf Zeit sperren</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Strike (the ladder decides)</source>
        <translation>Verstoß (die Stufen entscheiden)</translation>
    </message>
    <message>
        <source>All streams</source>
        <translation>Alle Streams</translation>
    </message>
    <message>
        <source>One platform</source>
        <translation>Eine Plattform</translation>
    </message>
    <message>
        <source>One stream</source>
        <translation>Ein Stream</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search all streams</source>
        <translation>Alle Streams durchsuchen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>words or part of a word, any case</source>
        <translation>Wörter oder Wortteile, Groß-/Kleinschreibung egal</translation>
    </message>
    <message>
        <source>part of the name</source>
        <translation>Teil des Namens</translation>
    </message>
    <message>
        <source>Every platform</source>
        <translation>Jede Plattform</translation>
    </message>
    <message>
        <source>Text &amp;contains</source>
        <translation>Text &amp;enthält</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Autor</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plattform</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>%1 date and time</source>
        <translation>%1: Datum und Uhrzeit</translation>
    </message>
    <message>
        <source> (the newest shown; narrow the search for others)</source>
        <translation> (die neuesten angezeigt; für andere die Suche eingrenzen)</translation>
    </message>
    <message>
        <source>{found}{more}: {in_tabs} still in open tabs, {archived} from the archive.</source>
        <translation>{found}{more}: {in_tabs} noch in geöffneten Tabs, {archived} aus dem Archiv.</translation>
    </message>
    <message>
        <source>User card of {name}…</source>
        <translation>Benutzerkarte von {name}…</translation>
    </message>
</context>
<context>
    <name>SendBox</name>
    <message>
        <source>Completions</source>
        <extracomment>keys that change the word being completed without typing a character commands whose first argument is an author&apos;s name keys the completion popup answers itself; the line must not act on them too where Up / Down are in the history; len(history) is the line being typed the chat&apos;s authors&apos; names, newest speaker first (the tab sets it) the completion list (kept typed here: the completer owns it)</extracomment>
        <translation>Vervollständigungen</translation>
    </message>
    <message>
        <source>Enter or Tab takes the highlighted word</source>
        <translation>Enter oder Tab übernimmt das markierte Wort</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Time to take back a delete or ban before it is sent; 0 turns it off.</source>
        <translation>Zeit, um ein Löschen oder Sperren zurückzunehmen, bevor es gesendet wird; 0 schaltet es ab.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off (act at once)</source>
        <translation>Aus (sofort ausführen)</translation>
    </message>
    <message>
        <source>Show a notification when a highlight word appears</source>
        <translation>Benachrichtigen, wenn ein Hervorhebungswort vorkommt</translation>
    </message>
    <message>
        <source> messages per tab</source>
        <translation> Nachrichten pro Tab</translation>
    </message>
    <message>
        <source>One word or phrase a line</source>
        <translation>Ein Wort oder eine Wendung pro Zeile</translation>
    </message>
    <message>
        <source>Passphrase that unlocks the file</source>
        <translation>Passphrase, die die Datei entsperrt</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Used from the next start of Moderator.</source>
        <translation>Gilt ab dem nächsten Start von Moderator.</translation>
    </message>
    <message>
        <source>Undo delay:</source>
        <translation>Rückgängig-Frist:</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Benachrichtigungen:</translation>
    </message>
    <message>
        <source>Keep in memory:</source>
        <translation>Im Speicher halten:</translation>
    </message>
    <message>
        <source>Highlight words:</source>
        <translation>Hervorhebungswörter:</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Where sign-ins are kept</source>
        <translation>Wo Anmeldungen gespeichert werden</translation>
    </message>
    <message>
        <source>The system keyring</source>
        <translation>Der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>The system keyring (none found)</source>
        <translation>Der Schlüsselbund des Systems (keiner gefunden)</translation>
    </message>
    <message>
        <source>An encrypted file, unlocked with a passphrase</source>
        <translation>Eine verschlüsselte Datei, mit einer Passphrase entsperrt</translation>
    </message>
    <message>
        <source>This session only: sign in again after every start</source>
        <translation>Nur diese Sitzung: nach jedem Start erneut anmelden</translation>
    </message>
    <message>
        <source>In use now: {store}.</source>
        <translation>Derzeit verwendet: {store}.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the encrypted file.</source>
        <translation>Wählen Sie eine Passphrase für die verschlüsselte Datei.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>(section, keys, what it does)</extracomment>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Keys on messages work where the message list has the focus.</source>
        <translation>Tasten für Nachrichten wirken, wenn die Nachrichtenliste den Fokus hat.</translation>
    </message>
</context>
<context>
    <name>SignInAgainTab</name>
    <message>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Connecting</source>
        <extracomment>each status&apos;s word, translated where it is shown</extracomment>
        <translation>Verbinde</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Neuer Versuch</translation>
    </message>
    <message>
        <source>Rate-limited</source>
        <translation>Ratenbegrenzt</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>{status}, next try in {seconds} s</source>
        <translation>{status}, nächster Versuch in {seconds} s</translation>
    </message>
    <message>
        <source>{status}, trying again in {seconds} s</source>
        <translation>{status}, neuer Versuch in {seconds} s</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the system keyring</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>memory only: secrets are forgotten when Moderator quits</source>
        <translation>nur im Speicher: Geheimnisse werden beim Beenden von Moderator vergessen</translation>
    </message>
    <message>
        <source>an encrypted file, unlocked with your passphrase</source>
        <translation>eine verschlüsselte Datei, mit Ihrer Passphrase entsperrt</translation>
    </message>
</context>
<context>
    <name>StreamController</name>
    <message>
        <source>Not sent: {reason}</source>
        <extracomment>a sentence for the moderator: an action failed, a send was refused … how many actions wait in the outbox for the platform to be reachable again messages that just arrived and mention a highlight word or the moderator&apos;s name the words or names to highlight changed (the list repaints with them) an action on this stream&apos;s messages moved on (an item finished, a batch ended) how many raw messages could not be read at all since the session started the stream&apos;s rows below Qt; the model is its adapter, and its id index is also the session&apos;s duplicate filter (one index per stream, not two) texts sent lately: their echo tells the moderator&apos;s name on this platform what arrived that a send may wait for, seen before the model&apos;s batch queue when what waits in the outbox goes out (core decides; this only shows it) automod&apos;s look at arrivals before the tab sees them: returns what the tab shows</extracomment>
        <translation>Nicht gesendet: {reason}</translation>
    </message>
    <message>
        <source>Something went wrong: {error}. See the log.</source>
        <translation>Etwas ist schiefgelaufen: {error}. Siehe Protokoll.</translation>
    </message>
</context>
<context>
    <name>StreamTab</name>
    <message>
        <source>Stopped</source>
        <extracomment>unread chat lines in this tab, when the number changed (tab text, window title) the platform signed the moderator out and they want to sign in again</extracomment>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>⏸ Paused</source>
        <translation>⏸ Angehalten</translation>
    </message>
    <message>
        <source>The list stays put while the pointer is on it or you read above</source>
        <translation>Die Liste bleibt stehen, solange der Zeiger darauf ist oder Sie weiter oben lesen</translation>
    </message>
    <message>
        <source>They are in the log, with secrets left out.</source>
        <translation>Sie stehen im Protokoll, ohne Geheimnisse.</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>what the app tells the moderator about this stream (the message bridge routes it)</extracomment>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Sending is not available: {reason}</source>
        <extracomment>what a command typed in the send box answers (&quot;No one called …&quot;, the /help list) the delete / timeout / ban buttons on the rows, asking through the same presenter</extracomment>
        <translation>Senden nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>Send a message to {platform}… (Enter; Up for earlier ones; /help)</source>
        <translation>Nachricht an {platform} senden … (Eingabe; Pfeil hoch für frühere; /help)</translation>
    </message>
    <message>
        <source>last message {time}</source>
        <translation>letzte Nachricht {time}</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <source>Message to send</source>
        <translation>Zu sendende Nachricht</translation>
    </message>
    <message>
        <source>Send the message to the chat (Enter)</source>
        <translation>Die Nachricht in den Chat senden (Eingabe)</translation>
    </message>
    <message>
        <source>Up and Down move between messages; the Menu key lists what you can do</source>
        <translation>Pfeil hoch und runter wechseln zwischen Nachrichten; die Menütaste zeigt, was Sie tun können</translation>
    </message>
</context>
<context>
    <name>TabActions</name>
    <message>
        <source>Select the message to mark read up to.</source>
        <extracomment>how far Ctrl+Up / Ctrl+Down look for the same author before giving up</extracomment>
        <translation>Wählen Sie die Nachricht, bis zu der als gelesen markiert wird.</translation>
    </message>
    <message>
        <source>No unread messages below.</source>
        <translation>Keine ungelesenen Nachrichten weiter unten.</translation>
    </message>
    <message>
        <source>No other message by this author nearby.</source>
        <translation>Keine andere Nachricht dieses Autors in der Nähe.</translation>
    </message>
    <message>
        <source>Undone: nothing was sent.</source>
        <translation>Rückgängig gemacht: Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>TabCommands</name>
    <message>
        <source>Commands:</source>
        <extracomment>the newest messages completion takes names from (a command resolves against all of them) shows the command&apos;s answer (an error, the help) next to the send box the question open now, or the last one (tests answer it)</extracomment>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>/{command} is not available on {platform}: {reason}</source>
        <translation>/{command} ist auf {platform} nicht verfügbar: {reason}</translation>
    </message>
    <message>
        <source>Select the messages in the list first, then type /delete.</source>
        <translation>Wählen Sie zuerst die Nachrichten in der Liste aus und geben Sie dann /delete ein.</translation>
    </message>
    <message>
        <source>Nobody called “{name}” has written in this chat: nothing was done.</source>
        <translation>Niemand namens „{name}“ hat in diesem Chat geschrieben: Es wurde nichts getan.</translation>
    </message>
    <message>
        <source>Cleared this tab&apos;s view. Nothing was deleted on {platform}.</source>
        <translation>Die Ansicht dieses Tabs wurde geleert. Auf {platform} wurde nichts gelöscht.</translation>
    </message>
</context>
<context>
    <name>TeamBox</name>
    <message>
        <source>Team workspace</source>
        <translation>Team-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Leave the URL empty to moderate alone. Moderators sharing one database see each other&apos;s actions, claims and notes. Applies at the next start.</source>
        <translation>Lassen Sie die URL leer, um allein zu moderieren. Moderatoren mit gemeinsamer Datenbank sehen gegenseitig ihre Aktionen, Übernahmen und Notizen. Gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Database URL:</source>
        <translation>Datenbank-URL:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
</context>
<context>
    <name>TeamLink</name>
    <message>
        <source>you are on it</source>
        <extracomment>how often expired claims are looked for</extracomment>
        <translation>Sie kümmern sich darum</translation>
    </message>
    <message>
        <source>%1 is on it</source>
        <translation>%1 kümmert sich darum</translation>
    </message>
    <message>
        <source>you are on this author</source>
        <translation>Sie kümmern sich um diesen Autor</translation>
    </message>
    <message>
        <source>%1 is on this author</source>
        <translation>%1 kümmert sich um diesen Autor</translation>
    </message>
    <message>
        <source>Team: online</source>
        <extracomment>a record from the team, carried onto the GUI thread&apos;s turn of the loop</extracomment>
        <translation>Team: online</translation>
    </message>
    <message>
        <source>Team: offline</source>
        <translation>Team: offline</translation>
    </message>
</context>
<context>
    <name>TeamShare</name>
    <message>
        <source>Automod rules from {moderator} could not be used here; yours stay.</source>
        <extracomment>the last sentence said in the review queue about another moderator&apos;s decision</extracomment>
        <translation>Die Automod-Regeln von {moderator} konnten hier nicht verwendet werden; Ihre bleiben.</translation>
    </message>
    <message>
        <source>Automod rules updated by {moderator}.</source>
        <translation>Automod-Regeln von {moderator} aktualisiert.</translation>
    </message>
    <message>
        <source>Already approved by {moderator}.</source>
        <translation>Bereits freigegeben von {moderator}.</translation>
    </message>
    <message>
        <source>Already denied by {moderator}.</source>
        <translation>Bereits abgelehnt von {moderator}.</translation>
    </message>
    <message>
        <source>Approved by {moderator}.</source>
        <translation>Freigegeben von {moderator}.</translation>
    </message>
    <message>
        <source>Denied by {moderator}.</source>
        <translation>Abgelehnt von {moderator}.</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>time unknown</source>
        <translation>Zeit unbekannt</translation>
    </message>
</context>
<context>
    <name>UndoToast</name>
    <message>
        <source>Deleting {what} on {platform}</source>
        <translation>{what} wird auf {platform} gelöscht</translation>
    </message>
    <message>
        <source>Permanently deleting {what} on {platform}</source>
        <translation>{what} wird auf {platform} endgültig gelöscht</translation>
    </message>
    <message>
        <source>Banning {what} on {platform}</source>
        <translation>{what} wird auf {platform} gesperrt</translation>
    </message>
    <message>
        <source>Timing out {what} on {platform}</source>
        <translation>{what} wird auf {platform} auf Zeit gesperrt</translation>
    </message>
    <message>
        <source>{name}&apos;s message</source>
        <translation>Nachricht von {name}</translation>
    </message>
    <message>
        <source>{doing} for {duration}</source>
        <translation>{doing} für {duration}</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Take it back: nothing has been sent yet (Ctrl+Z)</source>
        <translation>Zurücknehmen: Es wurde noch nichts gesendet (Strg+Z)</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Do not wait for the undo delay</source>
        <translation>Nicht auf die Rückgängig-Frist warten</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>An action waits for the undo delay</source>
        <translation>Eine Aktion wartet auf die Rückgängig-Frist</translation>
    </message>
    <message>
        <source>Waiting action</source>
        <translation>Wartende Aktion</translation>
    </message>
    <message>
        <source>%1: held for %2 s, Ctrl+Z takes it back</source>
        <translation>%1: %2 s zurückgehalten, Strg+Z nimmt es zurück</translation>
    </message>
    <message>
        <source>{doing} in {left} s…</source>
        <translation>{doing} in {left} s…</translation>
    </message>
</context>
<context>
    <name>UserCard</name>
    <message>
        <source>Timeout…</source>
        <extracomment>the messages a card shows, newest first</extracomment>
        <translation>Zeitsperre…</translation>
    </message>
    <message>
        <source>Ban…</source>
        <translation>Sperren…</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>User card: {name}</source>
        <extracomment>the moderator saved or removed their note on this author why each stream&apos;s author actions are refused, in the platform&apos;s words the batches whose outcome the card has told (by id)</extracomment>
        <translation>Benutzerkarte: {name}</translation>
    </message>
    <message>
        <source>Recent messages of {name}</source>
        <extracomment>(stream key, action) -&gt; its button, enabled where the platform allows it what this moderator knows of the author&apos;s ban or timeout, stream by stream</extracomment>
        <translation>Neueste Nachrichten von {name}</translation>
    </message>
    <message>
        <source>⚠ This name looks like {name}, but it is another account.</source>
        <extracomment>every name this author id wrote under here, the newest first</extracomment>
        <translation>⚠ Dieser Name sieht aus wie {name}, ist aber ein anderes Konto.</translation>
    </message>
    <message>
        <source>Also wrote here as: {names}</source>
        <translation>Schrieb hier auch als: {names}</translation>
    </message>
    <message>
        <source>Seen on {platforms}: {count}</source>
        <translation>Gesehen auf {platforms}: {count}</translation>
    </message>
    <message>
        <source>no stream</source>
        <translation>kein Stream</translation>
    </message>
    <message>
        <source> (the newest shown)</source>
        <translation> (die neuesten angezeigt)</translation>
    </message>
    <message>
        <source>The link could not be saved ({error}); nothing changed.</source>
        <translation>Die Verknüpfung konnte nicht gespeichert werden ({error}); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Actions, stream by stream</source>
        <translation>Aktionen, Stream für Stream</translation>
    </message>
    <message>
        <source>No message of theirs here to act on.</source>
        <translation>Hier gibt es keine Nachricht von ihnen, um zu handeln.</translation>
    </message>
</context>
<context>
    <name>WholeMessage</name>
    <message>
        <source>Show whole message</source>
        <translation>Ganze Nachricht anzeigen</translation>
    </message>
    <message>
        <source>Message from {name}</source>
        <translation>Nachricht von {name}</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %Ln character(s)</source>
        <translation>
            <numerusform>{name}: %Ln Zeichen</numerusform>
            <numerusform>{name}: %Ln Zeichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <source>for {duration}</source>
        <translation>für {duration}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>Grund: {reason}</translation>
    </message>
    <message>
        <source>{count} of {total} {state}</source>
        <translation>{count} von {total} {state}</translation>
    </message>
    <message>
        <source>{error}: {reason}</source>
        <translation>{error}: {reason}</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>deleted permanently</source>
        <translation>endgültig gelöscht</translation>
    </message>
    <message>
        <source>marked read</source>
        <translation>als gelesen markiert</translation>
    </message>
    <message>
        <source>marked unread</source>
        <translation>als ungelesen markiert</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>auf Zeit gesperrt</translation>
    </message>
    <message>
        <source>unbanned</source>
        <translation>entsperrt</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>zur Prüfung markiert</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>{count} failed: {reason}</source>
        <translation>{count} fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>{count} {past} on this computer</source>
        <translation>{count} auf diesem Computer {past}</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>{first}, {then}</source>
        <translation>{first}, {then}</translation>
    </message>
    <message>
        <source>{count} failed: {reason} (and {others} other reasons)</source>
        <translation>{count} fehlgeschlagen: {reason} (und {others} weitere Gründe)</translation>
    </message>
    <message>
        <source>{count} {past}</source>
        <translation>{count} {past}</translation>
    </message>
    <message>
        <source>{count} wait for the connection</source>
        <translation>{count} warten auf die Verbindung</translation>
    </message>
    <message>
        <source>{count} cancelled</source>
        <translation>{count} abgebrochen</translation>
    </message>
    <message>
        <source>{count} undone</source>
        <translation>{count} rückgängig gemacht</translation>
    </message>
    <message>
        <source>{problem}. Moderator asks again at the next start.</source>
        <translation>{problem}. Moderator fragt beim nächsten Start erneut.</translation>
    </message>
    <message>
        <source>{reason}; retrying. Nothing is lost.</source>
        <translation>{reason}; neuer Versuch. Nichts geht verloren.</translation>
    </message>
    <message>
        <source>It goes out when the connection is back.</source>
        <translation>Es geht hinaus, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <source>{count} messages</source>
        <translation>{count} Nachrichten</translation>
    </message>
    <message>
        <source>{platform} is unreachable ({error}) and {problem}; retrying. Nothing is lost: the {action} stays pending here.</source>
        <translation>{platform} ist nicht erreichbar ({error}) und {problem}; neuer Versuch. Nichts geht verloren: {action} bleibt hier ausstehend.</translation>
    </message>
    <message>
        <source>{platform} is unreachable ({error}) The {action} waits and goes out when the connection is back.</source>
        <translation>{platform} ist nicht erreichbar ({error}). {action} wartet und geht hinaus, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <source>automod: {rule}</source>
        <translation>Automod: {rule}</translation>
    </message>
    <message>
        <source>Not sent yet: {reason} {later}</source>
        <translation>Noch nicht gesendet: {reason} {later}</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Nicht gesendet: {reason}</translation>
    </message>
    <message>
        <source>Signed out: {reason} Sign in again.</source>
        <translation>Abgemeldet: {reason} Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>⚠ {platform} keeps sending the same page of chat; reading it every {seconds} s until it moves on.</source>
        <translation>⚠ {platform} sendet immer wieder dieselbe Chatseite; sie wird alle {seconds} s gelesen, bis es weitergeht.</translation>
    </message>
    <message>
        <source>Connection lost: {reason}</source>
        <translation>Verbindung verloren: {reason}</translation>
    </message>
    <message>
        <source>Unexpected error: {kind}. Details are in the log.</source>
        <translation>Unerwarteter Fehler: {kind}. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>{problem}; retrying. Nothing is lost: it stays pending here.</source>
        <translation>{problem}; neuer Versuch. Nichts geht verloren: es bleibt hier ausstehend.</translation>
    </message>
    <message>
        <source>Saved to disk again: nothing was lost.</source>
        <translation>Wieder auf der Festplatte gespeichert: Nichts ging verloren.</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>delete permanently</source>
        <translation>Endgültiges Löschen</translation>
    </message>
    <message>
        <source>mark read</source>
        <translation>Als-gelesen-Markieren</translation>
    </message>
    <message>
        <source>mark unread</source>
        <translation>Als-ungelesen-Markieren</translation>
    </message>
    <message>
        <source>ban</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Auszeit</translation>
    </message>
    <message>
        <source>unban</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>Zur-Prüfung-Markieren</translation>
    </message>
    <message>
        <source>end chat</source>
        <translation>Chat-Beenden</translation>
    </message>
    <message>
        <source>Could not {action} {name}&apos;s message: {error}</source>
        <translation>{action} der Nachricht von {name} fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>warten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation>{count} Sekunden</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} Tage</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation>{count} Stunden</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} Minuten</translation>
    </message>
    <message>
        <source>{message} ({detail})</source>
        <translation>{message} ({detail})</translation>
    </message>
    <message>
        <source>Allmine refused the request.</source>
        <translation>Allmine hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Allmine sent an answer in an unexpected shape.</source>
        <translation>Allmine hat eine Antwort in unerwarteter Form gesendet.</translation>
    </message>
    <message>
        <source>Allmine answered the sign-in without tokens.</source>
        <translation>Allmine hat die Anmeldung ohne Token beantwortet.</translation>
    </message>
    <message>
        <source>{count} problems</source>
        <translation>Probleme: {count}</translation>
    </message>
    <message>
        <source>Allmine did not accept that code. Check it, or ask for a new one.</source>
        <translation>Allmine hat diesen Code nicht angenommen. Prüfen Sie ihn oder fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>Eine leere Nachricht kann nicht gesendet werden.</translation>
    </message>
    <message>
        <source>Allmine sent a chat page in an unexpected shape.</source>
        <translation>Allmine hat eine Chatseite in unerwarteter Form gesendet.</translation>
    </message>
    <message>
        <source>Allmine rejected the renewed token; trying again.</source>
        <translation>Allmine hat das erneuerte Token abgelehnt; neuer Versuch.</translation>
    </message>
    <message>
        <source>Allmine did not accept the sign-in and there is no refresh token. Sign in again.</source>
        <translation>Allmine hat die Anmeldung nicht angenommen, und es gibt kein Erneuerungstoken. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Allmine would not renew the sign-in. Sign in again.</source>
        <translation>Allmine hat die Anmeldung nicht erneuert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Allmine stream {id}</source>
        <translation>Allmine-Stream {id}</translation>
    </message>
    <message>
        <source>Fill in the Allmine API address first.</source>
        <translation>Geben Sie zuerst die Allmine-API-Adresse ein.</translation>
    </message>
    <message>
        <source>No visitor has written yet, so there is no thread to answer. Choose a reply thread in the connection settings.</source>
        <translation>Noch hat kein Besucher geschrieben, daher gibt es keinen Thread zum Antworten. Wählen Sie in den Verbindungseinstellungen einen Antwort-Thread.</translation>
    </message>
    <message>
        <source>{platform} sent an answer without its status.</source>
        <translation>{platform} hat eine Antwort ohne Status gesendet.</translation>
    </message>
    <message>
        <source>{platform} refused the request.</source>
        <translation>{platform} hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>{platform} did not accept the API key. Create a key in the site&apos;s Developer Hub and enter it again.</source>
        <translation>{platform} hat den API-Schlüssel nicht angenommen. Erstellen Sie im Developer Hub der Website einen Schlüssel und geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>The API key may not do this on {platform}; allow chat messages and threads in the key&apos;s permissions.</source>
        <translation>Der API-Schlüssel darf das auf {platform} nicht; erlauben Sie Chatnachrichten und Threads in den Berechtigungen des Schlüssels.</translation>
    </message>
    <message>
        <source>{platform} says the API key made too many requests (perhaps another program uses it too); trying again in {seconds} s.</source>
        <translation>{platform} meldet zu viele Anfragen mit dem API-Schlüssel (vielleicht nutzt ihn auch ein anderes Programm); neuer Versuch in {seconds} s.</translation>
    </message>
    <message>
        <source>This site has no chat thread with that token; check the connection.</source>
        <translation>Diese Website hat keinen Chat-Thread mit diesem Token; prüfen Sie die Verbindung.</translation>
    </message>
    <message>
        <source>Could not {action} {name}&apos;s message for {who}: {error}</source>
        <translation>{action} der Nachricht von {name} für {who} fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>{action} is not available: {reason}</source>
        <translation>{action} ist nicht verfügbar: {reason}</translation>
    </message>
    <message>
        <source>The connection to the network process was lost.</source>
        <translation>Die Verbindung zum Netzwerkprozess ist abgebrochen.</translation>
    </message>
    <message>
        <source>{platform} sent an answer without its envelope.</source>
        <translation>{platform} hat eine Antwort ohne Umschlag gesendet.</translation>
    </message>
    <message>
        <source>{site} chat</source>
        <translation>{site}-Chat</translation>
    </message>
    <message>
        <source>unknown time zone {name}; use an offset like +02:00</source>
        <translation>unbekannte Zeitzone {name}; verwenden Sie einen Versatz wie +02:00</translation>
    </message>
    <message>
        <source>{site} thread chat</source>
        <translation>{site}-Thread-Chat</translation>
    </message>
    <message>
        <source>the site address must start with https:// and name the site</source>
        <translation>die Adresse der Website muss mit https:// beginnen und die Website nennen</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: {reason}. Nothing was sent to {platform}. If your network uses its own certificate authority, name its PEM file in the ca_bundle setting or in SSL_CERT_FILE.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut: {reason}. An {platform} wurde nichts gesendet. Wenn Ihr Netzwerk eine eigene Zertifizierungsstelle nutzt, geben Sie deren PEM-Datei in der Einstellung ca_bundle oder in SSL_CERT_FILE an.</translation>
    </message>
    <message>
        <source>{platform} could not be reached. Check the network connection.</source>
        <translation>{platform} ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>{platform} did not answer in time.</source>
        <translation>{platform} hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>A secure connection to {platform} could not be made.</source>
        <translation>Eine sichere Verbindung zu {platform} konnte nicht hergestellt werden.</translation>
    </message>
    <message>
        <source>{platform} sent an answer larger than {megabytes} MB; it was not read. Trying again.</source>
        <translation>{platform} hat eine Antwort über {megabytes} MB gesendet; sie wurde nicht gelesen. Neuer Versuch.</translation>
    </message>
    <message>
        <source>no complete answer within {seconds} s</source>
        <translation>keine vollständige Antwort innerhalb von {seconds} s</translation>
    </message>
    <message>
        <source>{bytes} bytes or more</source>
        <translation>{bytes} Byte oder mehr</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Als ungelesen markieren</translation>
    </message>
    <message>
        <source>Stream Chat keeps one read marker per moderator that only moves forward.</source>
        <translation>Stream Chat führt pro Moderator eine Lesemarke, die sich nur vorwärts bewegt.</translation>
    </message>
    <message>
        <source>Stream Chat refused a freshly issued chat token.</source>
        <translation>Stream Chat hat ein frisch ausgestelltes Chat-Token abgelehnt.</translation>
    </message>
    <message>
        <source>IBM Video rejected a value that was sent.</source>
        <translation>IBM Video hat einen gesendeten Wert abgelehnt.</translation>
    </message>
    <message>
        <source>IBM Video did not accept the access token.</source>
        <translation>IBM Video hat das Zugriffstoken nicht angenommen.</translation>
    </message>
    <message>
        <source>This IBM Video account lacks the Stream Chat benefit, so its chat cannot be opened. Ask IBM to enable chat for the account.</source>
        <translation>Diesem IBM-Video-Konto fehlt die Stream-Chat-Leistung, daher kann sein Chat nicht geöffnet werden. Bitten Sie IBM, den Chat für das Konto freizuschalten.</translation>
    </message>
    <message>
        <source>This API client may not manage the channel. Use credentials of the channel&apos;s owner.</source>
        <translation>Dieser API-Client darf den Kanal nicht verwalten. Verwenden Sie die Zugangsdaten des Kanalinhabers.</translation>
    </message>
    <message>
        <source>IBM Video has no such channel. Check the channel id.</source>
        <translation>IBM Video hat keinen solchen Kanal. Prüfen Sie die Kanal-ID.</translation>
    </message>
    <message>
        <source>IBM Video sent a chat initialization in an unexpected shape.</source>
        <translation>IBM Video hat eine Chat-Initialisierung in unerwarteter Form gesendet.</translation>
    </message>
    <message>
        <source>IBM Video rejected a freshly issued token.</source>
        <translation>IBM Video hat ein frisch ausgestelltes Token abgelehnt.</translation>
    </message>
    <message>
        <source>IBM Video would not sign in with this client id and secret. Check them in the connection settings.</source>
        <translation>IBM Video hat die Anmeldung mit dieser Client-ID und diesem Secret verweigert. Prüfen Sie beide in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>IBM Video sent a token in an unexpected shape.</source>
        <translation>IBM Video hat ein Token in unerwarteter Form gesendet.</translation>
    </message>
    <message>
        <source>The Stream Chat connection dropped; catching up and reconnecting.</source>
        <translation>Die Stream-Chat-Verbindung ist abgebrochen; Verpasstes wird nachgeholt und neu verbunden.</translation>
    </message>
    <message>
        <source>Stream Chat said nothing for {seconds} s; reconnecting.</source>
        <translation>Stream Chat hat {seconds} s lang nichts gesendet; neue Verbindung.</translation>
    </message>
    <message>
        <source>Stream Chat refused the connection.</source>
        <translation>Stream Chat hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Stream Chat opened the connection without naming it.</source>
        <translation>Stream Chat hat die Verbindung geöffnet, ohne sie zu benennen.</translation>
    </message>
    <message>
        <source>IBM Video channel {id}</source>
        <translation>IBM-Video-Kanal {id}</translation>
    </message>
    <message>
        <source>Stream Chat rejected the request as invalid.</source>
        <translation>Stream Chat hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>Stream Chat did not accept the chat token.</source>
        <translation>Stream Chat hat das Chat-Token nicht angenommen.</translation>
    </message>
    <message>
        <source>Stream Chat could not find it; it may have been removed.</source>
        <translation>Stream Chat konnte es nicht finden; vielleicht wurde es entfernt.</translation>
    </message>
    <message>
        <source>Stream Chat does not allow this account to do that; it needs moderator rights.</source>
        <translation>Stream Chat erlaubt diesem Konto das nicht; es braucht Moderatorrechte.</translation>
    </message>
    <message>
        <source>The Stream Chat token has expired.</source>
        <translation>Das Stream-Chat-Token ist abgelaufen.</translation>
    </message>
    <message>
        <source>This account has no access to the channel on Stream Chat.</source>
        <translation>Dieses Konto hat auf Stream Chat keinen Zugriff auf den Kanal.</translation>
    </message>
    <message>
        <source>IBM Video handed out a chat token without a user id, which Stream Chat refuses.</source>
        <translation>IBM Video hat ein Chat-Token ohne Benutzer-ID ausgegeben, das Stream Chat ablehnt.</translation>
    </message>
    <message>
        <source>Stream Chat sent the channel in an unexpected shape.</source>
        <translation>Stream Chat hat den Kanal in unerwarteter Form gesendet.</translation>
    </message>
    <message>
        <source>Stream Chat rejected a freshly issued chat token; trying again.</source>
        <translation>Stream Chat hat ein frisch ausgestelltes Chat-Token abgelehnt; neuer Versuch.</translation>
    </message>
    <message>
        <source>{platform} sent an answer that is not valid JSON.</source>
        <translation>{platform} hat eine Antwort gesendet, die kein gültiges JSON ist.</translation>
    </message>
    <message>
        <source>{bytes} bytes, {error}</source>
        <translation>{bytes} Byte, {error}</translation>
    </message>
    <message>
        <source>{platform} asks us to slow down; trying again in {seconds} s.</source>
        <translation>{platform} bittet, langsamer zu werden; neuer Versuch in {seconds} s.</translation>
    </message>
    <message>
        <source>LivePerson sent a link outside this account.</source>
        <translation>LivePerson hat einen Link außerhalb dieses Kontos gesendet.</translation>
    </message>
    <message>
        <source>LivePerson did not accept the user name or password.</source>
        <translation>LivePerson hat den Benutzernamen oder das Passwort nicht angenommen.</translation>
    </message>
    <message>
        <source>LivePerson refused the new session; trying again.</source>
        <translation>LivePerson hat die neue Sitzung abgelehnt; neuer Versuch.</translation>
    </message>
    <message>
        <source>LivePerson rejected the new session too; trying again.</source>
        <translation>LivePerson hat auch die neue Sitzung abgelehnt; neuer Versuch.</translation>
    </message>
    <message>
        <source>LivePerson sent an answer in an unexpected shape.</source>
        <translation>LivePerson hat eine Antwort in unerwarteter Form gesendet.</translation>
    </message>
    <message>
        <source>{what}: {count} problems</source>
        <translation>{what}: Probleme: {count}</translation>
    </message>
    <message>
        <source>No LivePerson chat is open to send to. Wait for a visitor to start one.</source>
        <translation>Kein LivePerson-Chat ist offen, an den gesendet werden kann. Warten Sie, bis ein Besucher einen beginnt.</translation>
    </message>
    <message>
        <source>LivePerson chats of {user}</source>
        <translation>LivePerson-Chats von {user}</translation>
    </message>
    <message>
        <source>The browser sign-in took too long; start it again when you are ready.</source>
        <translation>Die Anmeldung im Browser hat zu lange gedauert; starten Sie sie erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>The sign-in was not completed: {reason}.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen: {reason}.</translation>
    </message>
    <message>
        <source>Pausing to stay within {platform}&apos;s limit of {limit} requests a minute; going on in {seconds} s.</source>
        <translation>Pause, um das Limit von {platform} von {limit} Anfragen pro Minute einzuhalten; weiter in {seconds} s.</translation>
    </message>
    <message>
        <source>Fill in the API address, client id and client secret before signing in.</source>
        <translation>Geben Sie vor der Anmeldung die API-Adresse, die Client-ID und das Client-Secret ein.</translation>
    </message>
    <message>
        <source>PRISM refused the sign-in.</source>
        <translation>PRISM hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>PRISM answered the sign-in without tokens.</source>
        <translation>PRISM hat die Anmeldung ohne Token beantwortet.</translation>
    </message>
    <message>
        <source>PRISM sent an answer in an unexpected shape.</source>
        <translation>PRISM hat eine Antwort in unerwarteter Form gesendet.</translation>
    </message>
    <message>
        <source>PRISM sent this message without an id, so it cannot be deleted.</source>
        <translation>PRISM hat diese Nachricht ohne ID gesendet, daher kann sie nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>A timeout must last at least one second.</source>
        <translation>Eine Auszeit muss mindestens eine Sekunde dauern.</translation>
    </message>
    <message>
        <source>PRISM refused the request.</source>
        <translation>PRISM hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>PRISM would not renew the sign-in.</source>
        <translation>PRISM hat die Anmeldung nicht erneuert.</translation>
    </message>
    <message>
        <source>PRISM sent an answer without its envelope.</source>
        <translation>PRISM hat eine Antwort ohne Umschlag gesendet.</translation>
    </message>
    <message>
        <source>PRISM rejected the renewed token; trying again.</source>
        <translation>PRISM hat das erneuerte Token abgelehnt; neuer Versuch.</translation>
    </message>
    <message>
        <source>PRISM live {id}</source>
        <translation>PRISM-Live {id}</translation>
    </message>
    <message>
        <source>This account may not do that on {platform}.</source>
        <translation>Dieses Konto darf das auf {platform} nicht.</translation>
    </message>
    <message>
        <source>{platform} could not find it; it may have been removed.</source>
        <translation>{platform} konnte es nicht finden; vielleicht wurde es entfernt.</translation>
    </message>
    <message>
        <source>{platform} has a problem right now (HTTP {status}).</source>
        <translation>{platform} hat gerade ein Problem (HTTP {status}).</translation>
    </message>
    <message>
        <source>{platform} answered HTTP {status}.</source>
        <translation>{platform} hat mit HTTP {status} geantwortet.</translation>
    </message>
    <message>
        <source>{platform} did not accept the sign-in.</source>
        <translation>{platform} hat die Anmeldung nicht angenommen.</translation>
    </message>
    <message>
        <source>An encrypted secrets file needs a passphrase.</source>
        <translation>Eine verschlüsselte Geheimnisdatei braucht eine Passphrase.</translation>
    </message>
    <message>
        <source>The system keyring could not be read: {kind}.</source>
        <translation>Der Schlüsselbund des Systems konnte nicht gelesen werden: {kind}.</translation>
    </message>
    <message>
        <source>The system keyring refused to store a secret: {kind}.</source>
        <translation>Der Schlüsselbund des Systems hat das Speichern eines Geheimnisses abgelehnt: {kind}.</translation>
    </message>
    <message>
        <source>The system keyring could not delete a secret: {kind}.</source>
        <translation>Der Schlüsselbund des Systems konnte ein Geheimnis nicht löschen: {kind}.</translation>
    </message>
    <message>
        <source>The saved sign-in for a {provider} stream is missing: sign in again.</source>
        <translation>Die gespeicherte Anmeldung für einen {provider}-Stream fehlt: Bitte erneut anmelden.</translation>
    </message>
    <message>
        <source>A saved {provider} stream could not be read: {count} problems.</source>
        <translation>Ein gespeicherter {provider}-Stream konnte nicht gelesen werden: Probleme: {count}.</translation>
    </message>
    <message>
        <source>The settings could not be saved: {why}.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {why}.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Moderator does not know the platform “{platform}” any more.</source>
        <translation>Moderator kennt die Plattform „{platform}“ nicht mehr.</translation>
    </message>
    <message>
        <source>The saved sign-in for the {platform} stream “{title}” is missing or locked: signed out, sign in again.</source>
        <translation>Die gespeicherte Anmeldung für den {platform}-Stream „{title}“ fehlt oder ist gesperrt: abgemeldet, bitte erneut anmelden.</translation>
    </message>
    <message>
        <source>{title} (sign in again)</source>
        <translation>{title} (erneut anmelden)</translation>
    </message>
    <message>
        <source>The stream is open for this session only.</source>
        <extracomment>where sign-ins are kept, when the dialog should say so (no keyring, a locked file)</extracomment>
        <translation>Der Stream ist nur für diese Sitzung geöffnet.</translation>
    </message>
    <message>
        <source>The demo keeps sign-ins for this session only.</source>
        <extracomment>opens the secret store the moderator chose (a passphrase for the encrypted file) told what the connect dialog should now say about where sign-ins are kept told the settings in force after the dialog or a caller changed them (the views&apos; inline buttons follow them)</extracomment>
        <translation>Die Demo behält Anmeldungen nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Sign-ins stay where they were.</source>
        <translation>Die Anmeldungen bleiben, wo sie waren.</translation>
    </message>
    <message>
        <source>Sign-ins are now kept in {store}.</source>
        <translation>Anmeldungen werden jetzt hier gespeichert: {store}.</translation>
    </message>
</context>
<context>
    <name>ZoomKeeper</name>
    <message>
        <source>The text size could not be saved: %1</source>
        <translation>Die Textgröße konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln author(s)</source>
        <translation>
            <numerusform>%Ln Autor</numerusform>
            <numerusform>%Ln Autoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stream(s)</source>
        <translation>
            <numerusform>%Ln Stream</numerusform>
            <numerusform>%Ln Streams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln display problem(s), details in the log</source>
        <translation>
            <numerusform>%Ln Anzeigeproblem, Details im Protokoll</numerusform>
            <numerusform>%Ln Anzeigeprobleme, Details im Protokoll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln angezeigt</numerusform>
            <numerusform>%Ln angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s) ↓</source>
        <translation>
            <numerusform>%Ln neue Nachricht ↓</numerusform>
            <numerusform>%Ln neue Nachrichten ↓</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln Aktion</numerusform>
            <numerusform>%Ln Aktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit record(s)</source>
        <translation>
            <numerusform>%Ln Prüfeintrag</numerusform>
            <numerusform>%Ln Prüfeinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recent message(s)</source>
        <translation>
            <numerusform>%Ln aktuelle Nachricht</numerusform>
            <numerusform>%Ln aktuelle Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unreadable message(s) skipped</source>
        <translation>
            <numerusform>%Ln unlesbare Nachricht übersprungen</numerusform>
            <numerusform>%Ln unlesbare Nachrichten übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) waiting for the connection</source>
        <translation>
            <numerusform>%Ln Aktion wartet auf die Verbindung</numerusform>
            <numerusform>%Ln Aktionen warten auf die Verbindung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held</source>
        <translation>
            <numerusform>%Ln zurückgehalten</numerusform>
            <numerusform>%Ln zurückgehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held for review</source>
        <translation>
            <numerusform>%Ln zur Prüfung zurückgehalten</numerusform>
            <numerusform>%Ln zur Prüfung zurückgehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) hidden here only: {platform} cannot delete.</source>
        <translation>
            <numerusform>%Ln Nachricht nur hier ausgeblendet: {platform} kann nicht löschen.</numerusform>
            <numerusform>%Ln Nachrichten nur hier ausgeblendet: {platform} kann nicht löschen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln Stunde</numerusform>
            <numerusform>%Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln Minute</numerusform>
            <numerusform>%Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln Sekunde</numerusform>
            <numerusform>%Ln Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Automod: %Ln strike(s) in the last {hours} h</source>
        <translation>
            <numerusform>Automod: %Ln Verstoß in den letzten {hours} h</numerusform>
            <numerusform>Automod: %Ln Verstöße in den letzten {hours} h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spoken</name>
    <message>
        <source>removed on the platform</source>
        <extracomment>the time as a row says it (the tooltip and the description give the full date) a stream key&apos;s platform (&quot;prism:1001&quot; -&gt; &quot;prism&quot;) when nobody named it better</extracomment>
        <translation>auf der Plattform entfernt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>system message</source>
        <translation>Systemnachricht</translation>
    </message>
    <message>
        <source>moderation note</source>
        <translation>Moderationsnotiz</translation>
    </message>
    <message>
        <source>owner</source>
        <extracomment>the badges a row paints before the name, in words (their order is the delegate&apos;s)</extracomment>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>visitor</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>the name looks like %1, but is another account</source>
        <translation>der Name sieht aus wie %1, ist aber ein anderes Konto</translation>
    </message>
</context>
</TS>
