<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>ActionPresenter</name>
    <message>
        <source>Confirm</source>
        <extracomment>entries after which a menu has a separator one stream&apos;s part of a request, and the controller that carries it out the dialog or question open now, or the last one (tests answer it)</extracomment>
        <translation>Onayla</translation>
    </message>
</context>
<context>
    <name>ActionRouter</name>
    <message>
        <source>The stream {stream} is not open: connect it again to act on this message.</source>
        <extracomment>the controller of an open stream, by stream key</extracomment>
        <translation>{stream} yayını açık değil: bu mesajla ilgili işlem yapmak için yeniden bağlayın.</translation>
    </message>
</context>
<context>
    <name>AllStreamsTab</name>
    <message>
        <source>Messages of every open stream</source>
        <extracomment>rows each open tab brings when the All streams tab opens (its newest ones) room for the source&apos;s name, left of the message source names kept as they fit their column (a few per open stream) (source name, width) -&gt; the name as it fits: elided once, not on every row&apos;s paint</extracomment>
        <translation>Açık tüm yayınların mesajları</translation>
    </message>
    <message>
        <source>Every open stream, in time order. Actions go to each message&apos;s own stream.</source>
        <extracomment>what the moderator is told about what they did here (the message bridge routes it) asks for actions the way the stream&apos;s own tab does (one path for every surface) the row buttons, asking through this tab&apos;s presenter like its keys</extracomment>
        <translation>Açık tüm yayınlar, zaman sırasıyla. İşlemler her mesajın kendi yayınına gider.</translation>
    </message>
    <message>
        <source>User card of {name}…</source>
        <translation>{name} kullanıcı kartı…</translation>
    </message>
</context>
<context>
    <name>AuditDock</name>
    <message>
        <source>{actor}: {action} on {platform} ({stream})</source>
        <translation>{actor}: {platform} üzerinde {action} ({stream})</translation>
    </message>
    <message>
        <source>Message {id} by {name} ({author}):</source>
        <translation>{name} ({author}) kullanıcısının {id} numaralı mesajı:</translation>
    </message>
    <message>
        <source>Result: {result}</source>
        <translation>Sonuç: {result}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <extracomment>the log was written to (possibly from another thread): refresh on the UI thread</extracomment>
        <translation>Denetim günlüğü</translation>
    </message>
    <message>
        <source>Platform</source>
        <extracomment>everything, or the moderation only (without the reads)</extracomment>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Actions shown</source>
        <translation>Gösterilen işlemler</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Tüm işlemler</translation>
    </message>
    <message>
        <source>Moderation only (no reads)</source>
        <translation>Yalnızca moderasyon (okumalar hariç)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV olarak dışa aktar…</translation>
    </message>
    <message>
        <source>Export JSONL…</source>
        <translation>JSONL olarak dışa aktar…</translation>
    </message>
    <message>
        <source>Moderation actions</source>
        <translation>Moderasyon işlemleri</translation>
    </message>
    <message>
        <source> (the newest {count})</source>
        <translation> (en yeni {count})</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Tüm platformlar</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Tüm sonuçlar</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Denetim günlüğünü dışa aktar</translation>
    </message>
    <message>
        <source>The audit log could not be exported: {error}.</source>
        <translation>Denetim günlüğü dışa aktarılamadı: {error}.</translation>
    </message>
    <message>
        <source>Exported {count} to {path}.</source>
        <translation>{count} şuraya aktarıldı: {path}.</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>delete</source>
        <extracomment>what an audit record&apos;s action says: core&apos;s action names, and what else is recorded</extracomment>
        <translation>silme</translation>
    </message>
    <message>
        <source>delete permanently</source>
        <translation>kalıcı silme</translation>
    </message>
    <message>
        <source>mark read</source>
        <translation>okundu işaretle</translation>
    </message>
    <message>
        <source>mark unread</source>
        <translation>okunmadı işaretle</translation>
    </message>
    <message>
        <source>ban</source>
        <translation>yasaklama</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>zaman aşımı</translation>
    </message>
    <message>
        <source>unban</source>
        <translation>yasağı kaldırma</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>incelemeye işaretle</translation>
    </message>
    <message>
        <source>end chat</source>
        <translation>sohbeti bitir</translation>
    </message>
    <message>
        <source>removed on the platform</source>
        <translation>platformda kaldırıldı</translation>
    </message>
    <message>
        <source>held for review</source>
        <translation>incelemeye alındı</translation>
    </message>
    <message>
        <source>done</source>
        <extracomment>how a record ended</extracomment>
        <translation>tamam</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>başarısız</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>bekliyor</translation>
    </message>
    <message>
        <source>local</source>
        <translation>bu bilgisayarda</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>geri alındı</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>sırada</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>görüldü</translation>
    </message>
    <message>
        <source>released</source>
        <translation>gönderildi</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>vazgeçildi</translation>
    </message>
</context>
<context>
    <name>Automod</name>
    <message>
        <source>Automod review queue</source>
        <translation>Otomatik moderasyon inceleme kuyruğu</translation>
    </message>
    <message>
        <source>No chat archive is kept: nothing to test.</source>
        <translation>Sohbet arşivi tutulmuyor: test edilecek bir şey yok.</translation>
    </message>
    <message>
        <source>Automod strikes are kept in memory only: {why}</source>
        <translation>Otomatik moderasyon ihlalleri yalnızca bellekte tutuluyor: {why}</translation>
    </message>
</context>
<context>
    <name>AutomodDialog</name>
    <message>
        <source>Automod rules</source>
        <translation>Otomatik moderasyon kuralları</translation>
    </message>
    <message>
        <source>Automod is on (checks every arriving message)</source>
        <translation>Otomatik moderasyon açık (gelen her mesajı denetler)</translation>
    </message>
    <message>
        <source>What the 1st, 2nd … strike does, e.g. hold, timeout 60, ban</source>
        <translation>1., 2. … ihlalin ne yapacağı; ör. hold, timeout 60, ban</translation>
    </message>
    <message>
        <source> s until a strike no longer counts</source>
        <translation> sn sonra ihlal artık sayılmaz</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>Kural &amp;ekle</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>Kuralı &amp;kaldır</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>İçe &amp;aktar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Dışa aktar…</translation>
    </message>
    <message>
        <source>&amp;Backtest…</source>
        <translation>&amp;Geriye dönük test…</translation>
    </message>
    <message>
        <source>Ladder:</source>
        <translation>Basamaklar:</translation>
    </message>
    <message>
        <source>A new rule at the end of the list</source>
        <extracomment>opens a backtest of these rules (the caller knows where the archive is)</extracomment>
        <translation>Listenin sonuna yeni bir kural</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>Seçili kuralı kaldır</translation>
    </message>
    <message>
        <source>Read rules from a file</source>
        <translation>Kuralları bir dosyadan oku</translation>
    </message>
    <message>
        <source>Save these rules to a file</source>
        <translation>Bu kuralları bir dosyaya kaydet</translation>
    </message>
    <message>
        <source>Try the rules on the messages kept</source>
        <translation>Kuralları saklanan mesajlarda dene</translation>
    </message>
    <message>
        <source>Off: no rule holds or acts on anything</source>
        <translation>Kapalı: hiçbir kural bir şeyi bekletmez veya işlem yapmaz</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Kurallar</translation>
    </message>
    <message>
        <source>Checked rules are on; the selected one is edited beside</source>
        <translation>İşaretli kurallar açık; seçili olan yanda düzenlenir</translation>
    </message>
    <message>
        <source>Strikes expire</source>
        <translation>İhlallerin süresi dolar</translation>
    </message>
    <message>
        <source>Seconds until a strike no longer counts</source>
        <translation>Bir ihlalin artık sayılmaması için geçen saniye</translation>
    </message>
    <message>
        <source>Use these rules and close</source>
        <translation>Bu kuralları kullan ve kapat</translation>
    </message>
    <message>
        <source>Close without changing the rules</source>
        <translation>Kuralları değiştirmeden kapat</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Yeni kural</translation>
    </message>
    <message>
        <source>Could not write {name}: {why}</source>
        <translation>{name} yazılamadı: {why}</translation>
    </message>
    <message>
        <source>Import automod rules</source>
        <translation>Otomatik moderasyon kurallarını içe aktar</translation>
    </message>
    <message>
        <source>Export automod rules</source>
        <translation>Otomatik moderasyon kurallarını dışa aktar</translation>
    </message>
    <message>
        <source> (dry run)</source>
        <translation> (deneme)</translation>
    </message>
</context>
<context>
    <name>AutomodGate</name>
    <message>
        <source>dry run: </source>
        <extracomment>how many messages wait in the review queue a sentence for the moderator (a rule could not act as set on some platform) the moderator decided these held messages ((stream key, message id) list, &quot;approved&quot; or &quot;denied&quot;): a team tells the others (stream key, message id) -&gt; what a rule in dry run would have done, shown on the row; forgotten when the row is trimmed, the held message denied, or the tab closed streams whose history (the first arrivals) was screened: what comes now is live</extracomment>
        <translation>deneme: </translation>
    </message>
    <message>
        <source>automod: </source>
        <translation>otomatik moderasyon: </translation>
    </message>
    <message>
        <source>{why}; {platform} cannot delete: hidden here only</source>
        <translation>{why}; {platform} silemiyor: yalnızca burada gizlendi</translation>
    </message>
    <message>
        <source>Automod rule “{rule}” could not act: {reason}</source>
        <translation>“{rule}” otomatik moderasyon kuralı uygulanamadı: {reason}</translation>
    </message>
</context>
<context>
    <name>AutomodReason</name>
    <message>
        <source>blocked word “{text}”</source>
        <extracomment>a :class:`~moderator.wording.Word` of this context is one of automod&apos;s reasons</extracomment>
        <translation>yasaklı sözcük “{text}”</translation>
    </message>
    <message>
        <source>blocked phrase “{text}”</source>
        <translation>yasaklı ifade “{text}”</translation>
    </message>
    <message>
        <source>matches “{text}”</source>
        <translation>eşleşiyor: “{text}”</translation>
    </message>
    <message>
        <source>name looks like “{text}”</source>
        <translation>ad şuna benziyor: “{text}”</translation>
    </message>
    <message>
        <source>link to {domain}</source>
        <translation>{domain} bağlantısı</translation>
    </message>
    <message>
        <source>{share} capitals</source>
        <translation>{share} büyük harf</translation>
    </message>
    <message>
        <source>the same message {count} times in {seconds} s</source>
        <translation>aynı mesaj {seconds} sn içinde {count} kez</translation>
    </message>
    <message>
        <source>the same text from {count} authors in {seconds} s</source>
        <translation>{seconds} sn içinde {count} yazardan aynı metin</translation>
    </message>
    <message>
        <source>{count} messages in {seconds} s</source>
        <translation>{seconds} sn içinde {count} mesaj</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} karakter</translation>
    </message>
    <message>
        <source>a newly seen author</source>
        <translation>yeni görülen bir yazar</translation>
    </message>
</context>
<context>
    <name>AvatarLabel</name>
    <message>
        <source>Picture of {name}</source>
        <extracomment>the platform badge&apos;s colours: one quiet colour for all, the name says which</extracomment>
        <translation>{name} kullanıcısının resmi</translation>
    </message>
    <message>
        <source>Platform: {platform}</source>
        <translation>Platform: {platform}</translation>
    </message>
</context>
<context>
    <name>AvatarSettingsBox</name>
    <message>
        <source>Authors&apos; pictures</source>
        <extracomment>a host pattern: letters, digits, dots, dashes, an optional leading &quot;*.&quot; (no scheme, no path)</extracomment>
        <translation>Yazar resimleri</translation>
    </message>
    <message>
        <source>Show authors&apos; pictures beside their names</source>
        <translation>Yazarların resimlerini adlarının yanında göster</translation>
    </message>
    <message>
        <source>Picture hosts</source>
        <translation>Resim sunucuları</translation>
    </message>
    <message>
        <source>Pictures are fetched only over https and only from these hosts, one provider a line. A provider left out keeps the built-in hosts shown in grey.</source>
        <translation>Resimler yalnızca https üzerinden ve yalnızca bu sunuculardan alınır; her satıra bir sağlayıcı. Yazılmayan bir sağlayıcı, griyle gösterilen yerleşik sunucuları kullanır.</translation>
    </message>
    <message>
        <source>Hosts pictures may come from:</source>
        <translation>Resimlerin gelebileceği sunucular:</translation>
    </message>
    <message>
        <source>Not saved, write it as “provider: host, *.domain” with a provider of {providers}: {line}</source>
        <translation>Kaydedilmedi; “sağlayıcı: sunucu, *.alan” biçiminde yazın, sağlayıcı şunlardan biri olmalı: {providers}: {line}</translation>
    </message>
</context>
<context>
    <name>BacktestDialog</name>
    <message>
        <source>Backtest automod rules on the archive</source>
        <extracomment>runs the backtest of ``rules`` over ``span`` (in workers, in the app)</extracomment>
        <translation>Otomatik moderasyon kurallarını arşivde test et</translation>
    </message>
    <message>
        <source>The last</source>
        <translation>Son</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> mesaj</translation>
    </message>
    <message>
        <source>Sent from</source>
        <translation>Gönderilme aralığı</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Çalıştır</translation>
    </message>
    <message>
        <source>Nothing run yet.</source>
        <translation>Henüz çalıştırılmadı.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Kural</translation>
    </message>
    <message>
        <source>Caught</source>
        <translation>Yakalanan</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Saatte</translation>
    </message>
    <message>
        <source>Top authors</source>
        <translation>En çok yakalanan yazarlar</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Örnekler</translation>
    </message>
    <message>
        <source>Running… (in worker processes: the window stays usable)</source>
        <translation>Çalışıyor… (yardımcı süreçlerde: pencere kullanılabilir kalır)</translation>
    </message>
    <message>
        <source>The backtest failed: {error}</source>
        <translation>Geriye dönük test başarısız oldu: {error}</translation>
    </message>
    <message>
        <source>{caught} of {scanned} messages caught ({rate:.1f} per hour) in {seconds:.1f} s.</source>
        <translation>{scanned} mesajdan {caught} tanesi yakalandı (saatte {rate:.1f}), {seconds:.1f} sn.</translation>
    </message>
</context>
<context>
    <name>BatchBar</name>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Stop the items not sent yet (Ctrl+.)</source>
        <translation>Henüz gönderilmeyenleri durdur (Ctrl+.)</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Başarısızları yeniden dene</translation>
    </message>
    <message>
        <source>Try the failed items again (Ctrl+Shift+R)</source>
        <translation>Başarısız olanları yeniden dene (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>Toplu işlem</translation>
    </message>
    <message>
        <source>Bulk action progress</source>
        <translation>Toplu işlem ilerlemesi</translation>
    </message>
    <message>
        <source>Messages done</source>
        <translation>Tamamlanan mesajlar</translation>
    </message>
    <message>
        <source>Dismiss the bulk action summary</source>
        <translation>Toplu işlem özetini kapat</translation>
    </message>
    <message>
        <source>{doing} — cancelling…</source>
        <translation>{doing} — iptal ediliyor…</translation>
    </message>
</context>
<context>
    <name>BrowserPanel</name>
    <message>
        <source>Sign in</source>
        <translation>Oturum aç</translation>
    </message>
</context>
<context>
    <name>Capability</name>
    <message>
        <source>Sending messages</source>
        <translation>Mesaj gönderme</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Kalıcı olarak sil</translation>
    </message>
    <message>
        <source>Read state on the platform</source>
        <translation>Platformda okundu durumu</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Yasakla</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zaman aşımı</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>Yasağı kaldır</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>İncelemeye işaretle</translation>
    </message>
    <message>
        <source>End chat</source>
        <translation>Sohbeti bitir</translation>
    </message>
    <message>
        <source>Realtime updates</source>
        <translation>Gerçek zamanlı güncellemeler</translation>
    </message>
    <message>
        <source>A reason with a ban</source>
        <translation>Yasakla birlikte gerekçe</translation>
    </message>
</context>
<context>
    <name>CodePanel</name>
    <message>
        <source>Sign in</source>
        <translation>Oturum aç</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Kod gönder</translation>
    </message>
    <message>
        <source>the code from the e-mail</source>
        <translation>e-postadaki kod</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-posta:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Kod:</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>When</source>
        <extracomment>rows the dock shows; the exports hold everything</extracomment>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Yayın</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Yazar</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Sonuç</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: hata: {message}</translation>
    </message>
    <message>
        <source>argument {argument}: {problem}</source>
        <translation>{argument} seçeneği: {problem}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {words}</source>
        <extracomment>argparse&apos;s messages (Python 3.11) and ours for each, with the same {names}</extracomment>
        <translation>tanınmayan argümanlar: {words}</translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>geçersiz seçim: {value} (şunlardan biri: {choices})</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>bir değer bekleniyordu</translation>
    </message>
    <message>
        <source>not a number: {value}</source>
        <translation>sayı değil: {value}</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could mean {matches}</source>
        <translation>belirsiz seçenek: {option} şunlardan biri olabilir: {matches}</translation>
    </message>
    <message>
        <source>this option takes no value: {value}</source>
        <translation>bu seçenek değer almaz: {value}</translation>
    </message>
    <message>
        <source>usage:</source>
        <translation>kullanım:</translation>
    </message>
    <message>
        <source>Moderate live-stream chats on several platforms.</source>
        <translation>Birçok platformdaki canlı yayın sohbetlerini yönetin.</translation>
    </message>
    <message>
        <source>options</source>
        <translation>seçenekler</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>KLASÖR</translation>
    </message>
    <message>
        <source>N</source>
        <translation>SAYI</translation>
    </message>
    <message>
        <source>show this help and quit</source>
        <translation>bu yardımı gösterip çık</translation>
    </message>
    <message>
        <source>run against the built-in fake providers</source>
        <translation>yerleşik sahte platformlarla çalıştır</translation>
    </message>
    <message>
        <source>keep settings, data and logs under {dir}</source>
        <translation>ayarları, verileri ve günlükleri {dir} altında tut</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SANİYE</translation>
    </message>
    <message>
        <source>quit after this long (smoke tests)</source>
        <translation>bu kadar süre sonra çık (duman testleri)</translation>
    </message>
    <message>
        <source>MSGS_PER_S</source>
        <translation>MESAJ_SN</translation>
    </message>
    <message>
        <source>demo chat speed per stream</source>
        <translation>yayın başına demo sohbet hızı</translation>
    </message>
    <message>
        <source>demo messages already in each stream (PRISM replays all; others get 2,000 at most)</source>
        <translation>her yayında önceden bulunan demo mesajları (PRISM hepsini yeniden oynatır; diğerleri en fazla 2.000 alır)</translation>
    </message>
    <message>
        <source>demo PRISM lives (one tab each, beside the other fakes&apos; streams)</source>
        <translation>demo PRISM yayınları (her biri bir sekme, diğer sahte platformların yayınlarının yanında)</translation>
    </message>
    <message>
        <source>messages kept in memory per tab (default: the setting); older ones go to the archive</source>
        <translation>sekme başına bellekte tutulan mesaj sayısı (varsayılan: ayar); daha eskileri arşive gider</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KOD</translation>
    </message>
    <message>
        <source>the language of this run: en, tr, ko, de or es (default: the setting, else the OS)</source>
        <translation>bu çalıştırmanın dili: en, tr, ko, de ya da es (varsayılan: ayar, yoksa işletim sistemininki)</translation>
    </message>
    <message>
        <source>how much goes into the log file</source>
        <translation>günlük dosyasına ne kadar ayrıntı yazılacağı</translation>
    </message>
    <message>
        <source>show the version and quit</source>
        <translation>sürümü gösterip çık</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Ban an author of this chat</source>
        <translation>Bu sohbetteki bir yazarı yasakla</translation>
    </message>
    <message>
        <source>Time an author out</source>
        <translation>Bir yazarı sustur (zaman aşımı)</translation>
    </message>
    <message>
        <source>Unban an author of this chat</source>
        <translation>Bu sohbetteki bir yazarın yasağını kaldır</translation>
    </message>
    <message>
        <source>Delete the selected messages</source>
        <translation>Seçili mesajları sil</translation>
    </message>
    <message>
        <source>Clear this tab&apos;s view (not the platform&apos;s chat)</source>
        <translation>Bu sekmenin görünümünü temizle (platformdaki sohbeti değil)</translation>
    </message>
    <message>
        <source>List the commands</source>
        <translation>Komutları listele</translation>
    </message>
    <message>
        <source>Usage: {usage}</source>
        <translation>Kullanım: {usage}</translation>
    </message>
    <message>
        <source>There is no command /{command}: nothing was sent. Type /help for the commands, or start the line with // to send it as chat.</source>
        <translation>/{command} diye bir komut yok: hiçbir şey gönderilmedi. Komutlar için /help yazın ya da sohbete mesaj olarak göndermek için satırı // ile başlatın.</translation>
    </message>
    <message>
        <source>There is no command /{command}: nothing was sent. Did you mean /{suggestion}? Type /help for the commands, or start the line with // to send it as chat.</source>
        <translation>/{command} diye bir komut yok: hiçbir şey gönderilmedi. /{suggestion} mı demek istediniz? Komutlar için /help yazın ya da sohbete mesaj olarak göndermek için satırı // ile başlatın.</translation>
    </message>
    <message>
        <source>“{word}” is not a duration: write 30s, 10m, 1h or 1d (at most 28 days).</source>
        <translation>“{word}” bir süre değil: 30s, 10m, 1h ya da 1d yazın (en fazla 28 gün).</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect a stream</source>
        <extracomment>Test connection finished: (worked, sentence) a sign-in step finished: (worked, sentence)</extracomment>
        <translation>Yayın bağla</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Bağlantı ayarları</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Bağlantıyı sına</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Bağlan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first.</source>
        <translation>Önce kırmızıyla işaretli alanları düzeltin.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Bağlantı sınanıyor…</translation>
    </message>
    <message numerus="yes">
        <source>Connected to {platform}: “{title}” is live; the first read brought %Ln message(s).</source>
        <translation>
            <numerusform>{platform} platformuna bağlanıldı: “{title}” yayında; ilk okumada %Ln mesaj geldi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to {platform}: “{title}” is not live right now; the first read brought %Ln message(s).</source>
        <translation>
            <numerusform>{platform} platformuna bağlanıldı: “{title}” şu anda yayında değil; ilk okumada %Ln mesaj geldi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>Tarayıcınızda oturum açılması bekleniyor…</translation>
    </message>
    <message>
        <source>Type the e-mail address to send the code to.</source>
        <translation>Kodun gönderileceği e-posta adresini yazın.</translation>
    </message>
    <message>
        <source>Sending a code to {email}…</source>
        <translation>{email} adresine kod gönderiliyor…</translation>
    </message>
    <message>
        <source>A code is on its way to {email}. Type it and press Sign in.</source>
        <translation>{email} adresine bir kod gönderildi. Kodu yazıp Oturum aç düğmesine basın.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Kod denetleniyor…</translation>
    </message>
    <message>
        <source>Signed in: the tokens are filled in. Test the connection or connect.</source>
        <translation>Oturum açıldı: belirteçler dolduruldu. Bağlantıyı sınayın ya da bağlanın.</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>This line was written by Moderator, not sent on the platform.</source>
        <translation>Bu satırı Moderator yazdı; platformda gönderilmedi.</translation>
    </message>
    <message>
        <source>An action on this message is still in progress.</source>
        <translation>Bu mesajla ilgili bir işlem hâlâ sürüyor.</translation>
    </message>
    <message>
        <source>System messages have no author to act on.</source>
        <translation>Sistem mesajlarının işlem yapılacak bir yazarı yoktur.</translation>
    </message>
    <message>
        <source>This message is already deleted.</source>
        <translation>Bu mesaj zaten silindi.</translation>
    </message>
    <message>
        <source>This message is already read.</source>
        <translation>Bu mesaj zaten okundu.</translation>
    </message>
    <message>
        <source>This message is not read yet.</source>
        <translation>Bu mesaj henüz okunmadı.</translation>
    </message>
    <message>
        <source>This message belongs to no chat that could be ended.</source>
        <translation>Bu mesaj bitirilebilecek bir sohbete ait değil.</translation>
    </message>
    <message>
        <source>This platform does not offer it.</source>
        <translation>Bu platform bunu sunmuyor.</translation>
    </message>
    <message>
        <source>The queued action lost its message.</source>
        <translation>Sıradaki işlemin mesajı kayboldu.</translation>
    </message>
    <message>
        <source>Timeout author…</source>
        <translation>Yazara zaman aşımı…</translation>
    </message>
    <message>
        <source>Ban author…</source>
        <translation>Yazarı yasakla…</translation>
    </message>
    <message>
        <source>Deny + timeout…</source>
        <translation>Reddet + zaman aşımı…</translation>
    </message>
    <message>
        <source>Deny + ban…</source>
        <translation>Reddet + yasakla…</translation>
    </message>
    <message>
        <source>Automod &amp;rules…</source>
        <translation>Otomatik moderasyon &amp;kuralları…</translation>
    </message>
    <message>
        <source>Seconds to wait for the platform to answer.</source>
        <translation>Platformun yanıtı için beklenecek saniye.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Bağlanıyor…</translation>
    </message>
    <message>
        <source>The stream is not on air.</source>
        <translation>Yayın şu anda yayında değil.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Oturum açılıyor…</translation>
    </message>
    <message>
        <source>The stream has ended.</source>
        <translation>Yayın sona erdi.</translation>
    </message>
    <message>
        <source>Already deleted by {moderator}.</source>
        <translation>{moderator} zaten sildi.</translation>
    </message>
    <message>
        <source>Already flagged by {moderator}.</source>
        <translation>{moderator} zaten işaretledi.</translation>
    </message>
    <message>
        <source>This is the demo: sign-ins are kept for this session only.</source>
        <translation>Bu bir demo: oturum bilgileri yalnızca bu oturum boyunca tutulur.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Bir şeyler ters gitti</translation>
    </message>
    <message>
        <source>Moderator keeps running; your streams stay connected.</source>
        <translation>Moderator çalışmaya devam ediyor; yayınlarınız bağlı kalıyor.</translation>
    </message>
    <message>
        <source>The log has the details: {path}</source>
        <translation>Ayrıntılar günlükte: {path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Ayrıntıları kopyala</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Beklenmeyen hata: {error}</translation>
    </message>
</context>
<context>
    <name>CrossStreams</name>
    <message>
        <source>No archive is kept: open tabs only.</source>
        <extracomment>the authors the moderator linked; kept only while the app runs unless given a store the moderator&apos;s notes on authors, and the views&apos; buttons and note chips short lines a user card shows about its author (automod adds the strikes)</extracomment>
        <translation>Arşiv tutulmuyor: yalnızca açık sekmeler.</translation>
    </message>
    <message>
        <source>{platform} · {stream} (closed)</source>
        <translation>{platform} · {stream} (kapalı)</translation>
    </message>
    <message>
        <source>Select a message to see its author&apos;s card.</source>
        <translation>Yazarın kartını görmek için bir mesaj seçin.</translation>
    </message>
    <message>
        <source>All streams</source>
        <translation>Tüm yayınlar</translation>
    </message>
    <message>
        <source>Export the chat archive</source>
        <translation>Sohbet arşivini dışa aktar</translation>
    </message>
    <message>
        <source>Exporting the chat to {path}…</source>
        <translation>Sohbet şuraya aktarılıyor: {path}…</translation>
    </message>
    <message>
        <source>The chat archive could not be exported: {error}.</source>
        <translation>Sohbet arşivi dışa aktarılamadı: {error}.</translation>
    </message>
    <message>
        <source>Exported {count} to {path}.</source>
        <translation>{count} şuraya aktarıldı: {path}.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>1 min</source>
        <translation>1 dk</translation>
    </message>
    <message>
        <source>10 min</source>
        <translation>10 dk</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 sa</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 sa</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No streams connected</source>
        <translation>Bağlı yayın yok</translation>
    </message>
    <message>
        <source>Connect the chat of a live stream to start moderating it. Streams you connect come back by themselves the next time you start Moderator.</source>
        <translation>Moderasyona başlamak için bir canlı yayının sohbetini bağlayın. Bağladığınız yayınlar Moderator bir sonraki açılışında kendiliğinden geri gelir.</translation>
    </message>
    <message>
        <source>Connect a stream…</source>
        <translation>Yayın bağla…</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation>CSV, hesap tabloları için (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines, for scripts (*.jsonl)</source>
        <translation>JSON Lines, betikler için (*.jsonl)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter by text…</source>
        <extracomment>typing pauses this long before the rows are filtered again (one pass over them)</extracomment>
        <translation>Metne göre süz…</translation>
    </message>
    <message>
        <source>Author…</source>
        <translation>Yazar…</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Yalnızca okunmamış</translation>
    </message>
    <message>
        <source>Has links</source>
        <translation>Bağlantı içeren</translation>
    </message>
    <message>
        <source>Clear the filter and close (Esc)</source>
        <translation>Süzgeci temizle ve kapat (Esc)</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>Mesajları süz</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Metne göre süz</translation>
    </message>
    <message>
        <source>Show only messages containing this text</source>
        <translation>Yalnızca bu metni içeren mesajları göster</translation>
    </message>
    <message>
        <source>Filter by author</source>
        <translation>Yazara göre süz</translation>
    </message>
    <message>
        <source>Show only messages by this author</source>
        <translation>Yalnızca bu yazarın mesajlarını göster</translation>
    </message>
    <message>
        <source>Show only unread messages</source>
        <translation>Yalnızca okunmamış mesajları göster</translation>
    </message>
    <message>
        <source>Show only messages with a link</source>
        <translation>Yalnızca bağlantı içeren mesajları göster</translation>
    </message>
    <message>
        <source>Messages shown</source>
        <translation>Gösterilen mesajlar</translation>
    </message>
    <message>
        <source>Clear the filter and close</source>
        <translation>Süzgeci temizle ve kapat</translation>
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
        <translation>Bir tam sayı bekleniyor.</translation>
    </message>
    <message>
        <source>A number is expected.</source>
        <translation>Bir sayı bekleniyor.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>Bu geçerli bir web adresi değil.</translation>
    </message>
    <message>
        <source>Too short (at least {min_length}).</source>
        <translation>Çok kısa (en az {min_length}).</translation>
    </message>
    <message>
        <source>Too long (at most {max_length}).</source>
        <translation>Çok uzun (en fazla {max_length}).</translation>
    </message>
    <message>
        <source>This is not in the expected form.</source>
        <translation>Bu beklenen biçimde değil.</translation>
    </message>
    <message>
        <source>Text is expected.</source>
        <translation>Metin bekleniyor.</translation>
    </message>
    <message>
        <source>Yes or no is expected.</source>
        <translation>Evet ya da hayır bekleniyor.</translation>
    </message>
    <message>
        <source>Must be more than {gt}.</source>
        <translation>{gt} değerinden büyük olmalı.</translation>
    </message>
    <message>
        <source>Must be at least {ge}.</source>
        <translation>En az {ge} olmalı.</translation>
    </message>
    <message>
        <source>Must be less than {lt}.</source>
        <translation>{lt} değerinden küçük olmalı.</translation>
    </message>
    <message>
        <source>Must be at most {le}.</source>
        <translation>En fazla {le} olmalı.</translation>
    </message>
    <message>
        <source>Choose one of the offered values.</source>
        <translation>Sunulan değerlerden birini seçin.</translation>
    </message>
    <message>
        <source>This field is not known.</source>
        <translation>Bu alan tanınmıyor.</translation>
    </message>
    <message>
        <source>This value is not accepted.</source>
        <translation>Bu değer kabul edilmiyor.</translation>
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
        <translation>Zorunlu.</translation>
    </message>
    <message>
        <source>optional</source>
        <extracomment>words a field name spells in lower case that a label should not</extracomment>
        <translation>isteğe bağlı</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>{field} (optional):</source>
        <translation>{field} (isteğe bağlı):</translation>
    </message>
</context>
<context>
    <name>HeldCounts</name>
    <message numerus="yes">
        <source>%Ln delete(s)</source>
        <translation>
            <numerusform>%Ln silme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln permanent delete(s)</source>
        <translation>
            <numerusform>%Ln kalıcı silme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ban(s)</source>
        <translation>
            <numerusform>%Ln yasaklama</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln timeout(s)</source>
        <translation>
            <numerusform>%Ln zaman aşımı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… ve %Ln tane daha</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} was waiting for the undo delay in “{stream}” ({platform}) when Moderator closed. Send it now, or discard it?</source>
        <translation>Moderator kapandığında “{stream}” ({platform}) yayınında geri alma süresini bekleyen işlem: {what}. Şimdi gönderilsin mi, yoksa atılsın mı?</translation>
    </message>
    <message>
        <source>{what} were waiting for the undo delay in “{stream}” ({platform}) when Moderator closed. Send them now, or discard them?</source>
        <translation>Moderator kapandığında “{stream}” ({platform}) yayınında geri alma süresini bekleyen işlemler: {what}. Şimdi gönderilsinler mi, yoksa atılsınlar mı?</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} ve {last}</translation>
    </message>
    <message>
        <source>Send now</source>
        <extracomment>how many of the messages the question lists by name the answers (their labels, translated where they are asked)</extracomment>
        <translation>Şimdi gönder</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Ask me next time</source>
        <translation>Sonraki sefer sor</translation>
    </message>
</context>
<context>
    <name>Inline</name>
    <message>
        <source>Del</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Del!</source>
        <translation>Sil!</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Okundu</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Okunmadı</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Yasakla</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>Yasağı kaldır</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>İşaretle</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Bitir</translation>
    </message>
</context>
<context>
    <name>InlineSection</name>
    <message>
        <source>Buttons on each message</source>
        <extracomment>the actions a row button makes sense for (reading is the list&apos;s own business) check boxes a line</extracomment>
        <translation>Her mesajdaki düğmeler</translation>
    </message>
    <message>
        <source>Under the pointer</source>
        <translation>İmlecin altındayken</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Her zaman</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Hiçbir zaman</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Göster:</translation>
    </message>
    <message>
        <source>Buttons:</source>
        <translation>Düğmeler:</translation>
    </message>
    <message>
        <source>Timeout button:</source>
        <translation>Zaman aşımı düğmesi:</translation>
    </message>
</context>
<context>
    <name>Keymap</name>
    <message>
        <source>On the selected messages (a tab, All streams, search results, user card)</source>
        <translation>Seçili mesajlarda (sekme, Tüm yayınlar, arama sonuçları, kullanıcı kartı)</translation>
    </message>
    <message>
        <source>In a stream tab</source>
        <translation>Yayın sekmesinde</translation>
    </message>
    <message>
        <source>In the message list</source>
        <translation>Mesaj listesinde</translation>
    </message>
    <message>
        <source>In the send box</source>
        <translation>Gönderme kutusunda</translation>
    </message>
    <message>
        <source>In the filter bar</source>
        <translation>Süzgeç çubuğunda</translation>
    </message>
    <message>
        <source>In a dialog</source>
        <translation>Bir iletişim kutusunda</translation>
    </message>
    <message>
        <source>In the automod review queue</source>
        <translation>Otomatik moderasyon inceleme kuyruğunda</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Pencere</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Delete (struck through, kept visible)</source>
        <translation>Sil (üstü çizili, görünür kalır)</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Kalıcı olarak sil</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Okundu olarak işaretle</translation>
    </message>
    <message>
        <source>Mark as read (kept on this computer where needed)</source>
        <translation>Okundu olarak işaretle (gerekirse bu bilgisayarda tutulur)</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Okunmadı olarak işaretle</translation>
    </message>
    <message>
        <source>Timeout author…</source>
        <translation>Yazara zaman aşımı…</translation>
    </message>
    <message>
        <source>Time the author out (presets, a reason)</source>
        <translation>Yazarı geçici olarak sustur (hazır süreler, gerekçe)</translation>
    </message>
    <message>
        <source>Ban author…</source>
        <translation>Yazarı yasakla…</translation>
    </message>
    <message>
        <source>Ban the author</source>
        <translation>Yazarı yasakla</translation>
    </message>
    <message>
        <source>Unban author</source>
        <translation>Yazarın yasağını kaldır</translation>
    </message>
    <message>
        <source>Unban the author</source>
        <translation>Yazarın yasağını kaldır</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>İncelemeye işaretle</translation>
    </message>
    <message>
        <source>End this chat</source>
        <translation>Bu sohbeti bitir</translation>
    </message>
    <message>
        <source>End the chat (LivePerson)</source>
        <translation>Sohbeti bitir (LivePerson)</translation>
    </message>
    <message>
        <source>Mark read up to here</source>
        <translation>Buraya kadar okundu işaretle</translation>
    </message>
    <message>
        <source>Next unread</source>
        <translation>Sonraki okunmamış</translation>
    </message>
    <message>
        <source>Select the next unread message</source>
        <translation>Sonraki okunmamış mesajı seç</translation>
    </message>
    <message>
        <source>Next by author</source>
        <translation>Yazarın sonraki mesajı</translation>
    </message>
    <message>
        <source>Next message by the same author</source>
        <translation>Aynı yazarın sonraki mesajı</translation>
    </message>
    <message>
        <source>Previous by author</source>
        <translation>Yazarın önceki mesajı</translation>
    </message>
    <message>
        <source>Previous message by the same author</source>
        <translation>Aynı yazarın önceki mesajı</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Süz</translation>
    </message>
    <message>
        <source>Filter: text, author, unread only, links</source>
        <translation>Süz: metin, yazar, yalnızca okunmamış, bağlantılar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Undo the last delete or ban while its toast shows</source>
        <translation>Bildirimi görünürken son silmeyi ya da yasağı geri al</translation>
    </message>
    <message>
        <source>Cancel bulk action</source>
        <translation>Toplu işlemi iptal et</translation>
    </message>
    <message>
        <source>Cancel the rest of a bulk action</source>
        <translation>Toplu işlemin kalanını iptal et</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Başarısızları yeniden dene</translation>
    </message>
    <message>
        <source>Retry what failed in a bulk action</source>
        <translation>Toplu işlemde başarısız olanları yeniden dene</translation>
    </message>
    <message>
        <source>Go to the send box</source>
        <translation>Gönderme kutusuna git</translation>
    </message>
    <message>
        <source>I&apos;m on it</source>
        <translation>Ben ilgileniyorum</translation>
    </message>
    <message>
        <source>Claim the message for the team, or let it go (team workspace)</source>
        <translation>Mesajı ekip için üstlen ya da bırak (ekip çalışma alanı)</translation>
    </message>
    <message>
        <source>I&apos;m on this author</source>
        <translation>Bu yazarla ben ilgileniyorum</translation>
    </message>
    <message>
        <source>Claim the message&apos;s author for the team, or let them go (team workspace)</source>
        <translation>Mesajın yazarını ekip için üstlen ya da bırak (ekip çalışma alanı)</translation>
    </message>
    <message>
        <source>Previous / next message</source>
        <translation>Önceki / sonraki mesaj</translation>
    </message>
    <message>
        <source>Extend the selection</source>
        <translation>Seçimi genişlet</translation>
    </message>
    <message>
        <source>A screen up / down</source>
        <translation>Bir ekran yukarı / aşağı</translation>
    </message>
    <message>
        <source>Oldest message / newest (and follow the chat)</source>
        <translation>En eski mesaj / en yeni (ve sohbeti izle)</translation>
    </message>
    <message>
        <source>Select every message</source>
        <translation>Tüm mesajları seç</translation>
    </message>
    <message>
        <source>Open the context menu</source>
        <translation>Bağlam menüsünü aç</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>Earlier / later sent messages</source>
        <translation>Daha önce / sonra gönderilen mesajlar</translation>
    </message>
    <message>
        <source>Clear the filter and close the bar</source>
        <translation>Süzgeci temizle ve çubuğu kapat</translation>
    </message>
    <message>
        <source>Confirm / cancel</source>
        <translation>Onayla / iptal et</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Onayla</translation>
    </message>
    <message>
        <source>Approve: show the held message in its tab</source>
        <translation>Onayla: bekletilen mesajı sekmesinde göster</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Reddet</translation>
    </message>
    <message>
        <source>Deny: delete it where the platform can</source>
        <translation>Reddet: platform izin veriyorsa sil</translation>
    </message>
    <message>
        <source>Deny + timeout…</source>
        <translation>Reddet + zaman aşımı…</translation>
    </message>
    <message>
        <source>Deny, then time the author out</source>
        <translation>Reddet, sonra yazarı sustur</translation>
    </message>
    <message>
        <source>Deny + ban…</source>
        <translation>Reddet + yasakla…</translation>
    </message>
    <message>
        <source>Deny, then ban the author</source>
        <translation>Reddet, sonra yazarı yasakla</translation>
    </message>
    <message>
        <source>Automod &amp;review queue</source>
        <translation>Otomatik moderasyon &amp;inceleme kuyruğu</translation>
    </message>
    <message>
        <source>Automod review queue</source>
        <translation>Otomatik moderasyon inceleme kuyruğu</translation>
    </message>
    <message>
        <source>Automod &amp;rules…</source>
        <translation>Otomatik moderasyon &amp;kuralları…</translation>
    </message>
    <message>
        <source>Automod rules</source>
        <translation>Otomatik moderasyon kuralları</translation>
    </message>
    <message>
        <source>&amp;Connect a stream…</source>
        <translation>&amp;Yayın bağla…</translation>
    </message>
    <message>
        <source>Connect a stream</source>
        <translation>Yayın bağla</translation>
    </message>
    <message>
        <source>Close &amp;tab</source>
        <translation>&amp;Sekmeyi kapat</translation>
    </message>
    <message>
        <source>Close the tab</source>
        <translation>Sekmeyi kapat</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>S&amp;onraki sekme</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Sonraki sekme</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>Ö&amp;nceki sekme</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Önceki sekme</translation>
    </message>
    <message>
        <source>&amp;Search all streams…</source>
        <translation>Tüm yayınlarda &amp;ara…</translation>
    </message>
    <message>
        <source>Search every stream and archive</source>
        <translation>Tüm yayınlarda ve arşivde ara</translation>
    </message>
    <message>
        <source>&amp;User card of the selected author</source>
        <translation>Seçili yazarın &amp;kullanıcı kartı</translation>
    </message>
    <message>
        <source>User card</source>
        <translation>Kullanıcı kartı</translation>
    </message>
    <message>
        <source>&amp;All streams tab</source>
        <translation>&amp;Tüm yayınlar sekmesi</translation>
    </message>
    <message>
        <source>All streams tab</source>
        <translation>Tüm yayınlar sekmesi</translation>
    </message>
    <message>
        <source>Audit &amp;log</source>
        <translation>&amp;Denetim günlüğü</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Denetim günlüğü</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ayarlar…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Yakınlaştır</translation>
    </message>
    <message>
        <source>Larger chat text (every list)</source>
        <translation>Daha büyük sohbet metni (tüm listeler)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uzaklaştır</translation>
    </message>
    <message>
        <source>Smaller chat text (every list)</source>
        <translation>Daha küçük sohbet metni (tüm listeler)</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Normal boyut</translation>
    </message>
    <message>
        <source>Chat text at its normal size</source>
        <translation>Sohbet metni normal boyutta</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klavye kısayolları</translation>
    </message>
    <message>
        <source>Every shortcut on one page</source>
        <translation>Tüm kısayollar tek sayfada</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;k</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Çık</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>the languages shipped, by code, each named in its own language (never translated)</extracomment>
        <translation> veya </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Streams</source>
        <extracomment>how long the status bar shows a message of each level (ms) the moderator closed the window (or the app was asked to quit) Streams → Connect a stream… (or the empty state&apos;s button) the moderator closed a tab (its widget): nothing is asked, nothing is lost Edit → Search all streams… Edit → User card of the selected message&apos;s author View → All streams tab, checked or not File → Export chat… in this format (&quot;csv&quot; or &quot;jsonl&quot;)</extracomment>
        <translation>Yayınlar</translation>
    </message>
    <message>
        <source>Something in a message could not be shown; the app kept running. Help → About names the log file.</source>
        <translation>Bir mesajdaki bir şey gösterilemedi; uygulama çalışmaya devam etti. Yardım → Hakkında günlük dosyasını gösterir.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>{app} &amp;hakkında</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>Dışa &amp;aktar</translation>
    </message>
    <message>
        <source>Chat as &amp;CSV…</source>
        <translation>Sohbet, &amp;CSV olarak…</translation>
    </message>
    <message>
        <source>Chat as &amp;JSON Lines…</source>
        <translation>Sohbet, &amp;JSON Lines olarak…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>No chat archive is kept in this session.</source>
        <translation>Bu oturumda sohbet arşivi tutulmuyor.</translation>
    </message>
    <message>
        <source>Audit log as C&amp;SV…</source>
        <translation>Denetim günlüğü, C&amp;SV olarak…</translation>
    </message>
    <message>
        <source>Audit log as JSON &amp;Lines…</source>
        <translation>Denetim günlüğü, JSON &amp;Lines olarak…</translation>
    </message>
    <message>
        <source>&amp;Streams</source>
        <translation>&amp;Yayınlar</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} hakkında</translation>
    </message>
    <message>
        <source>Moderate live-stream chats on several platforms from one window.</source>
        <translation>Birden çok platformdaki canlı yayın sohbetlerini tek pencereden yönetin.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Günlük dosyası: {path}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>✎ note</source>
        <extracomment>behind a highlighted row: a warm tint that reads on light and dark themes alike before a name that imitates a moderator&apos;s, the streamer&apos;s or the moderator&apos;s own the chip of a banned or timed-out author (white text on it reads at 6.5:1) the chip of an author the moderator wrote a note on; the note is its tooltip</extracomment>
        <translation>✎ not</translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <source>⚠ looks like {name}, but is another account</source>
        <extracomment>rows admitted in one turn of the GUI loop at most (inserting and measuring ~500 rows stays around a millisecond); a longer queue goes on in the next turn the pause before the next share of a long queue: Qt 6 runs a 0 ms timer before any other, 1 ms lets input, paint and the network have their turn in between the ChatMessage behind a row a batch of rows was appended (first, last) the oldest rows left the model (a list of ChatMessage, oldest first) how many chat lines are neither read nor deleted, when that number changed rows whose state changed: a list of (before, after) messages (announced to screen readers) kept up to date on every change, so asking costs nothing at 100k rows the id of the newest read row: the last-read line is drawn below it the names of this stream&apos;s staff, and the authors whose names imitate them the platform&apos;s name for a stream key, as a row&apos;s accessible text says it</extracomment>
        <translation>⚠ {name} gibi görünüyor, ama başka bir hesap</translation>
    </message>
    <message>
        <source>Removed on the platform by someone else, not by you</source>
        <translation>Platformda sizin değil, başka birinin tarafından kaldırıldı</translation>
    </message>
    <message>
        <source>removed on the platform</source>
        <translation>platformda kaldırıldı</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>silindi</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>bekliyor</translation>
    </message>
</context>
<context>
    <name>MessageTableModel</name>
    <message>
        <source>deleted</source>
        <extracomment>how many of them are still only in the open tabs, not yet in the archive the archive could not be searched (none attached): a sentence saying so, or &quot;&quot; a stream key&apos;s platform for the rows&apos; accessible text (default: the stream&apos;s name)</extracomment>
        <translation>silindi</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Chat messages</source>
        <extracomment>how close to the end still counts as &quot;at the bottom&quot; rows inserted or trimmed are measured this much later, in a turn of their own, and painted as much later again: Qt 6 runs a 0 ms timer before any other, so 1 ms lets the GUI answer between the insert, the measuring and the paint the moderator scrolled to the very top: older messages may be wanted the list stopped or started following the chat (True: paused) rows went in or out in this turn and the rows in sight are not measured yet the paint was put off once for the measuring turn (never twice: a busy chat paints)</extracomment>
        <translation>Sohbet mesajları</translation>
    </message>
</context>
<context>
    <name>ModerationLines</name>
    <message>
        <source>{name} was banned by you</source>
        <translation>{name} sizin tarafınızdan yasaklandı</translation>
    </message>
    <message>
        <source>{name} was banned by {who}</source>
        <translation>{name}, {who} tarafından yasaklandı</translation>
    </message>
    <message>
        <source>{name} was unbanned by you</source>
        <translation>{name} kullanıcısının yasağı sizin tarafınızdan kaldırıldı</translation>
    </message>
    <message>
        <source>{name} was unbanned by {who}</source>
        <translation>{name} kullanıcısının yasağı {who} tarafından kaldırıldı</translation>
    </message>
    <message>
        <source>{name} was timed out for {duration} by you</source>
        <translation>{name} sizin tarafınızdan {duration} süreyle susturuldu</translation>
    </message>
    <message>
        <source>{name} was timed out for {duration} by {who}</source>
        <translation>{name}, {who} tarafından {duration} süreyle susturuldu</translation>
    </message>
</context>
<context>
    <name>NewMessagesPill</name>
    <message>
        <source>Jump to the newest message and follow the chat again (End)</source>
        <extracomment>the first row that arrived since the list paused (None: nothing new)</extracomment>
        <translation>En yeni mesaja atla ve sohbeti yeniden izle (End)</translation>
    </message>
    <message>
        <source>New messages below</source>
        <translation>Aşağıda yeni mesajlar</translation>
    </message>
</context>
<context>
    <name>NoteBox</name>
    <message>
        <source>Your note on this author</source>
        <extracomment>the note was saved (or removed)</extracomment>
        <translation>Bu yazar hakkındaki notunuz</translation>
    </message>
    <message>
        <source>Shown on this card and as a ✎ chip on their rows; shared with your team if you have one.</source>
        <translation>Bu kartta ve satırlarında ✎ işareti olarak görünür; bir ekibiniz varsa ekibinizle paylaşılır.</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notu kaydet</translation>
    </message>
    <message>
        <source>Written by {moderator}.</source>
        <translation>{moderator} yazdı.</translation>
    </message>
    <message>
        <source>{moderator} changed this note meanwhile; saving replaces it.</source>
        <translation>{moderator} bu arada notu değiştirdi; kaydederseniz onunki değişir.</translation>
    </message>
    <message>
        <source>The note could not be saved ({error}); it is still in the box.</source>
        <translation>Not kaydedilemedi ({error}); hâlâ kutuda duruyor.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Kaydedildi.</translation>
    </message>
    <message>
        <source>Note removed.</source>
        <translation>Not kaldırıldı.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <extracomment>each level&apos;s colour: errors and warnings red as before, news blue; the text is made to read (4.5:1) on the theme&apos;s window, the bar&apos;s background is a tint of it how much of the level&apos;s colour the bar&apos;s background takes</extracomment>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>PeopleBox</name>
    <message>
        <source>The same person elsewhere?</source>
        <extracomment>how many messages of a name the suggestions look at</extracomment>
        <translation>Başka yerde aynı kişi mi?</translation>
    </message>
    <message>
        <source>Linked</source>
        <extracomment>the author -&gt; its Link or Unlink button the author -&gt; its sentence</extracomment>
        <translation>Bağlı</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Bağlantıyı kaldır</translation>
    </message>
    <message>
        <source>Possibly the same person</source>
        <translation>Muhtemelen aynı kişi</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>{what}: {name} on {where} ({count})</source>
        <translation>{what}: {where} üzerinde {name} ({count})</translation>
    </message>
    <message>
        <source>Show their messages and actions on this card, also after a restart.</source>
        <translation>Mesajlarını ve işlemlerini bu kartta göster, yeniden başlatmadan sonra da.</translation>
    </message>
    <message>
        <source>Take them off this card: they are someone else.</source>
        <translation>Bu karttan çıkar: başka biri.</translation>
    </message>
    <message>
        <source>No one of this name in the other streams.</source>
        <translation>Diğer yayınlarda bu adda kimse yok.</translation>
    </message>
</context>
<context>
    <name>PickAuthor</name>
    <message>
        <source>Which author?</source>
        <extracomment>how much of an author&apos;s last message the list shows</extracomment>
        <translation>Hangi yazar?</translation>
    </message>
    <message>
        <source>Several authors of this chat go by “{name}”. Which one did you mean?</source>
        <translation>Bu sohbette “{name}” adını kullanan birkaç yazar var. Hangisini kastettiniz?</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>Sign in through the browser with your partner client id and secret, or paste tokens you already have.</source>
        <translation>Partner istemci kimliğiniz ve gizli anahtarınızla tarayıcıdan oturum açın ya da elinizdeki belirteçleri yapıştırın.</translation>
    </message>
    <message>
        <source>PRISM deletes in one step; it has no permanent delete.</source>
        <translation>PRISM tek adımda siler; ayrıca kalıcı silme yoktur.</translation>
    </message>
    <message>
        <source>PRISM keeps no read flag; read state is kept on this computer.</source>
        <translation>PRISM okundu bilgisi tutmaz; okundu durumu bu bilgisayarda tutulur.</translation>
    </message>
    <message>
        <source>PRISM has no flag-for-review endpoint.</source>
        <translation>PRISM&apos;in incelemeye işaretleme uç noktası yok.</translation>
    </message>
    <message>
        <source>A PRISM chat ends with its live, not from here.</source>
        <translation>PRISM sohbeti buradan değil, canlı yayınla birlikte biter.</translation>
    </message>
    <message>
        <source>PRISM chat is read by polling about every 5 seconds.</source>
        <translation>PRISM sohbeti yaklaşık 5 saniyede bir sorgulanarak okunur.</translation>
    </message>
    <message>
        <source>Sign in with PRISM in the browser…</source>
        <translation>Tarayıcıda PRISM ile oturum aç…</translation>
    </message>
    <message>
        <source>Fill in the base URL, client ID and client secret below first. Your browser opens PRISM&apos;s sign-in page; the tokens come back here by themselves.</source>
        <translation>Önce aşağıya temel URL&apos;yi, istemci kimliğini ve istemci gizli anahtarını girin. Tarayıcınız PRISM oturum açma sayfasını açar; belirteçler buraya kendiliğinden gelir.</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>İstek zaman aşımı</translation>
    </message>
    <message>
        <source>Seconds to wait for the platform to answer.</source>
        <translation>Platformun yanıtı için beklenecek saniye.</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Temel URL</translation>
    </message>
    <message>
        <source>The PRISM B2B API address your partner account was given.</source>
        <translation>Partner hesabınıza verilen PRISM B2B API adresi.</translation>
    </message>
    <message>
        <source>Live ID</source>
        <translation>Canlı yayın kimliği</translation>
    </message>
    <message>
        <source>The live whose chat to moderate.</source>
        <translation>Sohbeti yönetilecek canlı yayın.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Erişim belirteci</translation>
    </message>
    <message>
        <source>OAuth access token (x-prism-access-token).</source>
        <translation>OAuth erişim belirteci (x-prism-access-token).</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Yenileme belirteci</translation>
    </message>
    <message>
        <source>Refresh token, to renew the access token.</source>
        <translation>Erişim belirtecini yenilemek için yenileme belirteci.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>İstemci kimliği</translation>
    </message>
    <message>
        <source>Partner client id, needed to refresh tokens.</source>
        <translation>Belirteçleri yenilemek için gereken partner istemci kimliği.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>İstemci gizli anahtarı</translation>
    </message>
    <message>
        <source>Partner client secret.</source>
        <translation>Partner istemci gizli anahtarı.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>Tab title; the live&apos;s title when empty.</source>
        <translation>Sekme başlığı; boşsa canlı yayının başlığı.</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>Yetkilendirme URL&apos;si</translation>
    </message>
    <message>
        <source>Browser sign-in page; empty: {base_url}/prism/v1/service/oauth2/authorize (not documented by PRISM: an inference).</source>
        <translation>Tarayıcı oturum açma sayfası; boşsa: {base_url}/prism/v1/service/oauth2/authorize (PRISM belgelemiyor: bir çıkarım).</translation>
    </message>
    <message>
        <source>Sign in with a code Allmine e-mails you, then name the live stream.</source>
        <translation>Allmine&apos;ın e-postayla gönderdiği kodla oturum açın, sonra canlı yayını belirtin.</translation>
    </message>
    <message>
        <source>Allmine has no endpoint to delete a chat message.</source>
        <translation>Allmine&apos;da sohbet mesajı silmek için uç nokta yok.</translation>
    </message>
    <message>
        <source>Allmine has no read flag for chat messages; read state is kept on this computer.</source>
        <translation>Allmine&apos;da sohbet mesajları için okundu bilgisi yok; okundu durumu bu bilgisayarda tutulur.</translation>
    </message>
    <message>
        <source>Allmine has no moderator ban endpoint; a user can only block another user for themselves.</source>
        <translation>Allmine&apos;da moderatör yasaklama uç noktası yok; bir kullanıcı başka birini yalnızca kendisi için engelleyebilir.</translation>
    </message>
    <message>
        <source>Allmine has no endpoint to report a chat message.</source>
        <translation>Allmine&apos;da sohbet mesajını bildirmek için uç nokta yok.</translation>
    </message>
    <message>
        <source>Allmine has no endpoint to end a chat; it ends with the stream.</source>
        <translation>Allmine&apos;da sohbeti bitirmek için uç nokta yok; sohbet yayınla birlikte biter.</translation>
    </message>
    <message>
        <source>Allmine documents no realtime endpoint; its chat is polled.</source>
        <translation>Allmine gerçek zamanlı bir uç nokta belgelemiyor; sohbeti sorgulanarak okunur.</translation>
    </message>
    <message>
        <source>Type your e-mail address and press Send code, then type the code from the e-mail and press Sign in: the tokens are filled in below.</source>
        <translation>E-posta adresinizi yazıp Kod gönder düğmesine basın, sonra e-postadaki kodu yazıp Oturum aç düğmesine basın: belirteçler aşağıya doldurulur.</translation>
    </message>
    <message>
        <source>The Allmine API address (no public default; the docs only show example.com).</source>
        <translation>Allmine API adresi (herkese açık varsayılan yok; belgeler yalnızca example.com gösteriyor).</translation>
    </message>
    <message>
        <source>Live stream ID</source>
        <translation>Canlı yayın kimliği</translation>
    </message>
    <message>
        <source>The live stream whose chat to moderate (its 24-hex streamId).</source>
        <translation>Sohbeti yönetilecek canlı yayın (24 onaltılık haneli streamId).</translation>
    </message>
    <message>
        <source>JWT access token, sent as a Bearer token.</source>
        <translation>Bearer belirteci olarak gönderilen JWT erişim belirteci.</translation>
    </message>
    <message>
        <source>Refresh token, to renew the access token when it expires.</source>
        <translation>Erişim belirtecinin süresi dolduğunda yenilemek için yenileme belirteci.</translation>
    </message>
    <message>
        <source>Page order</source>
        <translation>Sayfa sırası</translation>
    </message>
    <message>
        <source>Which end of the chat the first page holds; auto tells it from the dates.</source>
        <translation>İlk sayfanın sohbetin hangi ucunu içerdiği; auto bunu tarihlerden anlar.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Sayfa boyutu</translation>
    </message>
    <message>
        <source>Messages per request (1 to 100).</source>
        <translation>İstek başına mesaj (1 ile 100 arası).</translation>
    </message>
    <message>
        <source>Tab title; &apos;Allmine stream &lt;id&gt;&apos; when empty.</source>
        <translation>Sekme başlığı; boşsa &apos;Allmine stream &lt;id&gt;&apos;.</translation>
    </message>
    <message>
        <source>Use an API client id and secret from the IBM Video dashboard.</source>
        <translation>IBM Video panosundaki bir API istemci kimliği ve gizli anahtarı kullanın.</translation>
    </message>
    <message>
        <source>IBM Video has one chat room per channel; there is no chat to end.</source>
        <translation>IBM Video&apos;da kanal başına bir sohbet odası vardır; bitirilecek sohbet yoktur.</translation>
    </message>
    <message>
        <source>This channel&apos;s Stream Chat settings turn read events off, so read state is kept on this computer.</source>
        <translation>Bu kanalın Stream Chat ayarları okundu olaylarını kapatıyor; bu yüzden okundu durumu bu bilgisayarda tutulur.</translation>
    </message>
    <message>
        <source>Channel ID</source>
        <translation>Kanal kimliği</translation>
    </message>
    <message>
        <source>The IBM Video channel whose chat to moderate.</source>
        <translation>Sohbeti yönetilecek IBM Video kanalı.</translation>
    </message>
    <message>
        <source>API client id from the IBM Video dashboard.</source>
        <translation>IBM Video panosundaki API istemci kimliği.</translation>
    </message>
    <message>
        <source>API client secret (sent as HTTP Basic).</source>
        <translation>API istemci gizli anahtarı (HTTP Basic olarak gönderilir).</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API temel URL&apos;si</translation>
    </message>
    <message>
        <source>IBM Video API address.</source>
        <translation>IBM Video API adresi.</translation>
    </message>
    <message>
        <source>Token base URL</source>
        <translation>Belirteç temel URL&apos;si</translation>
    </message>
    <message>
        <source>Where the OAuth token endpoint (/oauth2/token) lives.</source>
        <translation>OAuth belirteç uç noktasının (/oauth2/token) bulunduğu yer.</translation>
    </message>
    <message>
        <source>Refresh token from an earlier sign-in; client credentials are used without.</source>
        <translation>Önceki bir oturum açmadan kalan yenileme belirteci; yoksa istemci kimlik bilgileri kullanılır.</translation>
    </message>
    <message>
        <source>Tab title; &apos;IBM Video channel …&apos; when empty.</source>
        <translation>Sekme başlığı; boşsa &apos;IBM Video channel …&apos;.</translation>
    </message>
    <message>
        <source>Use the site&apos;s address and an API key; Test connection checks the key.</source>
        <translation>Sitenin adresini ve bir API anahtarını kullanın; Bağlantıyı sına anahtarı denetler.</translation>
    </message>
    <message>
        <source>Brilliant Directories has a single delete, which already removes the message.</source>
        <translation>Brilliant Directories&apos;te tek bir silme vardır ve mesajı zaten kaldırır.</translation>
    </message>
    <message>
        <source>Brilliant Directories chat has no way to ban a site visitor.</source>
        <translation>Brilliant Directories sohbetinde site ziyaretçisini yasaklamanın yolu yok.</translation>
    </message>
    <message>
        <source>Brilliant Directories chat has no timeouts.</source>
        <translation>Brilliant Directories sohbetinde zaman aşımı yok.</translation>
    </message>
    <message>
        <source>Brilliant Directories chat bans no one, so there is nothing to lift.</source>
        <translation>Brilliant Directories sohbeti kimseyi yasaklamaz; kaldırılacak bir şey yok.</translation>
    </message>
    <message>
        <source>Brilliant Directories has no flag-for-review for chat messages.</source>
        <translation>Brilliant Directories&apos;te sohbet mesajları için incelemeye işaretleme yok.</translation>
    </message>
    <message>
        <source>The API cannot close a chat thread; close it in the site&apos;s admin panel.</source>
        <translation>API bir sohbet dizisini kapatamaz; sitenin yönetim panelinden kapatın.</translation>
    </message>
    <message>
        <source>Brilliant Directories chat is read by polling about every 5 s.</source>
        <translation>Brilliant Directories sohbeti yaklaşık 5 sn&apos;de bir sorgulanarak okunur.</translation>
    </message>
    <message>
        <source>Site URL</source>
        <translation>Site URL&apos;si</translation>
    </message>
    <message>
        <source>The directory website, e.g. https://www.yourdomain.com.</source>
        <translation>Dizin web sitesi, ör. https://www.yourdomain.com.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API anahtarı</translation>
    </message>
    <message>
        <source>API key from the site&apos;s Admin Panel, Developer Hub → Generate API Key.</source>
        <translation>Sitenin Yönetim Panelindeki API anahtarı: Developer Hub → Generate API Key.</translation>
    </message>
    <message>
        <source>Owner token</source>
        <translation>Sahip belirteci</translation>
    </message>
    <message>
        <source>The message_owner token your replies are written as (the site owner&apos;s).</source>
        <translation>Yanıtlarınızın adına yazıldığı message_owner belirteci (site sahibininki).</translation>
    </message>
    <message>
        <source>Thread token</source>
        <translation>Dizi belirteci</translation>
    </message>
    <message>
        <source>Moderate only this chat thread; empty for every thread.</source>
        <translation>Yalnızca bu sohbet dizisini yönet; tüm diziler için boş bırakın.</translation>
    </message>
    <message>
        <source>Reply thread</source>
        <translation>Yanıt dizisi</translation>
    </message>
    <message>
        <source>Thread your messages go to; empty: the thread a visitor wrote in last.</source>
        <translation>Mesajlarınızın gideceği dizi; boşsa bir ziyaretçinin en son yazdığı dizi.</translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation>Saat dilimi</translation>
    </message>
    <message>
        <source>The site&apos;s time zone: created_at carries none (an inference: site-local).</source>
        <translation>Sitenin saat dilimi: created_at saat dilimi taşımaz (bir çıkarım: sitenin yerel saati).</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Dakika başına istek</translation>
    </message>
    <message>
        <source>The key&apos;s rate limit as set in the Admin Panel (100 unless raised).</source>
        <translation>Anahtarın Yönetim Panelinde ayarlanan hız sınırı (yükseltilmediyse 100).</translation>
    </message>
    <message>
        <source>Tab title; the site&apos;s name when empty.</source>
        <translation>Sekme başlığı; boşsa sitenin adı.</translation>
    </message>
    <message>
        <source>Sign in as an agent: account number, user name and password.</source>
        <translation>Temsilci olarak oturum açın: hesap numarası, kullanıcı adı ve parola.</translation>
    </message>
    <message>
        <source>The legacy Chat Agent API cannot delete a visitor&apos;s line.</source>
        <translation>Eski Chat Agent API bir ziyaretçinin satırını silemez.</translation>
    </message>
    <message>
        <source>LivePerson keeps no read flag; read state is kept on this computer.</source>
        <translation>LivePerson okundu bilgisi tutmaz; okundu durumu bu bilgisayarda tutulur.</translation>
    </message>
    <message>
        <source>LivePerson offers no ban for visitors; end the chat instead.</source>
        <translation>LivePerson ziyaretçiler için yasaklama sunmuyor; bunun yerine sohbeti bitirin.</translation>
    </message>
    <message>
        <source>LivePerson offers no timeout for visitors; end the chat instead.</source>
        <translation>LivePerson ziyaretçiler için zaman aşımı sunmuyor; bunun yerine sohbeti bitirin.</translation>
    </message>
    <message>
        <source>LivePerson has no bans to lift.</source>
        <translation>LivePerson&apos;da kaldırılacak yasak yok.</translation>
    </message>
    <message>
        <source>The legacy Chat Agent API has no flag-for-review.</source>
        <translation>Eski Chat Agent API&apos;de incelemeye işaretleme yok.</translation>
    </message>
    <message>
        <source>The legacy Chat Agent API is read by polling every few seconds.</source>
        <translation>Eski Chat Agent API birkaç saniyede bir sorgulanarak okunur.</translation>
    </message>
    <message>
        <source>Your account&apos;s LivePerson server, e.g. https://sales.liveperson.net.</source>
        <translation>Hesabınızın LivePerson sunucusu, ör. https://sales.liveperson.net.</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Hesap kimliği</translation>
    </message>
    <message>
        <source>The LivePerson account (site) number.</source>
        <translation>LivePerson hesap (site) numarası.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>The agent&apos;s login name.</source>
        <translation>Temsilcinin giriş adı.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>The agent&apos;s password.</source>
        <translation>Temsilcinin parolası.</translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation>Sorgulama aralığı</translation>
    </message>
    <message>
        <source>Seconds between two polls; LivePerson allows no less than 2.</source>
        <translation>İki sorgulama arasındaki saniye; LivePerson 2&apos;den azına izin vermez.</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Yenileme aralığı</translation>
    </message>
    <message>
        <source>Seconds between session refreshes; LivePerson asks for every few minutes.</source>
        <translation>Oturum yenilemeleri arasındaki saniye; LivePerson birkaç dakikada bir ister.</translation>
    </message>
    <message>
        <source>Tab title; made from the user name when empty.</source>
        <translation>Sekme başlığı; boşsa kullanıcı adından oluşturulur.</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>{name}&apos;s message</source>
        <translation>{name} kullanıcısının mesajı</translation>
    </message>
    <message>
        <source>Delete {what} on {platform} permanently? This cannot be undone.</source>
        <translation>{platform} üzerinde {what} kalıcı olarak silinsin mi? Bu geri alınamaz.</translation>
    </message>
    <message>
        <source>{action} {what} on {platform}?</source>
        <translation>{platform} üzerinde {what}: {action}?</translation>
    </message>
    <message>
        <source>{authors} ({names})</source>
        <translation>{authors} ({names})</translation>
    </message>
    <message>
        <source>Time out {who} on {platform} for {length}?</source>
        <translation>{platform} üzerinde {who} {length} süreyle susturulsun mu?</translation>
    </message>
    <message>
        <source>Unban {who} on {platform}?</source>
        <translation>{platform} üzerinde {who} kullanıcısının yasağı kaldırılsın mı?</translation>
    </message>
    <message>
        <source>Ban {who} on {platform} permanently?</source>
        <translation>{platform} üzerinde {who} kalıcı olarak yasaklansın mı?</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} ve %Ln kişi daha</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestrictDialog</name>
    <message>
        <source>Ban author</source>
        <extracomment>button ids beyond the presets&apos; indexes (a QButtonGroup id of -1 means &quot;pick one for me&quot;) a typed command&apos;s duration that is neither a preset nor whole minutes (&quot;30s&quot;)</extracomment>
        <translation>Yazarı yasakla</translation>
    </message>
    <message>
        <source>Time out author</source>
        <translation>Yazarı geçici sustur</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <source>Ban</source>
        <extracomment>says why the reason field is off, where the platform takes none</extracomment>
        <translation>Yasakla</translation>
    </message>
    <message>
        <source>Custom:</source>
        <translation>Özel:</translation>
    </message>
    <message>
        <source>Permanent ban</source>
        <translation>Kalıcı yasak</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Süre:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Gerekçe:</translation>
    </message>
    <message>
        <source>{platform} does not offer this.</source>
        <translation>{platform} bunu sunmuyor.</translation>
    </message>
    <message>
        <source>Sent to {platform} with the ban (optional)</source>
        <translation>Yasakla birlikte {platform} platformuna gönderilir (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Gönderilmez</translation>
    </message>
    <message>
        <source>{platform} takes no reason with a ban: nothing would be sent.</source>
        <translation>{platform} yasakla birlikte gerekçe almaz: hiçbir şey gönderilmez.</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>Geçici sustur</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <source>Time</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Yayın</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Yazar</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Kural</translation>
    </message>
    <message>
        <source>Messages held for review</source>
        <translation>İncelemeye bekletilen mesajlar</translation>
    </message>
    <message>
        <source>Newest first; A approves, D denies the selected messages</source>
        <translation>En yeni başta; A seçili mesajları onaylar, D reddeder</translation>
    </message>
</context>
<context>
    <name>RowAnnouncer</name>
    <message>
        <source>Removed on the platform</source>
        <extracomment>up to this many changed rows are named one by one; more are counted</extracomment>
        <translation>Platformda kaldırıldı</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Silindi</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Geri getirildi</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <source>How the rule is named in the list and the audit log</source>
        <translation>Kuralın listede ve denetim kaydında adı</translation>
    </message>
    <message>
        <source>What the rule looks for in a message</source>
        <translation>Kuralın bir mesajda aradığı şey</translation>
    </message>
    <message>
        <source>What happens to a message the rule catches</source>
        <translation>Kuralın yakaladığı mesaja ne olacağı</translation>
    </message>
    <message>
        <source>How long the author is timed out</source>
        <translation>Yazarın ne kadar süre susturulacağı</translation>
    </message>
    <message>
        <source>Only enabled rules check messages</source>
        <translation>Yalnızca etkin kurallar mesajları denetler</translation>
    </message>
    <message>
        <source>Mark the messages it would catch, do nothing</source>
        <translation>Yakalayacağı mesajları işaretle, işlem yapma</translation>
    </message>
    <message>
        <source>Every stream, one platform, or one stream</source>
        <translation>Tüm yayınlar, bir platform veya bir yayın</translation>
    </message>
    <message>
        <source>The platform or stream the rule applies to</source>
        <translation>Kuralın uygulandığı platform veya yayın</translation>
    </message>
    <message>
        <source>One word or phrase a line</source>
        <translation>Her satıra bir sözcük ya da ifade</translation>
    </message>
    <message>
        <source>A message matching it is caught</source>
        <translation>Buna uyan mesaj yakalanır</translation>
    </message>
    <message>
        <source>Links to these sites are let through</source>
        <translation>Bu sitelere verilen bağlantılar geçer</translation>
    </message>
    <message>
        <source>Caught above this share of capital letters</source>
        <translation>Büyük harf oranı bunun üzerindeyse yakalanır</translation>
    </message>
    <message>
        <source>Shorter messages are never caught for capitals</source>
        <translation>Daha kısa mesajlar büyük harf için asla yakalanmaz</translation>
    </message>
    <message>
        <source>Messages from one author that count as a flood</source>
        <translation>Bir yazardan sel sayılan mesaj sayısı</translation>
    </message>
    <message>
        <source>The time those messages must fall within</source>
        <translation>Bu mesajların içinde kalması gereken süre</translation>
    </message>
    <message>
        <source>How many of a new author&apos;s messages count</source>
        <translation>Yeni bir yazarın kaç mesajının sayıldığı</translation>
    </message>
    <message>
        <source>Names others may not pass themselves off as</source>
        <translation>Başkalarının taklit edemeyeceği adlar</translation>
    </message>
    <message>
        <source>Longer messages are caught</source>
        <translation>Daha uzun mesajlar yakalanır</translation>
    </message>
    <message>
        <source> s</source>
        <translation> sn</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Dry run: only mark what it would do</source>
        <translation>Deneme: yalnızca ne yapacağını işaretle</translation>
    </message>
    <message>
        <source>prism, or prism:1001</source>
        <translation>prism ya da prism:1001</translation>
    </message>
    <message>
        <source>one word or phrase a line</source>
        <translation>her satıra bir sözcük ya da ifade</translation>
    </message>
    <message>
        <source>youtube.com, twitch.tv</source>
        <translation>youtube.com, twitch.tv</translation>
    </message>
    <message>
        <source>Streamer, ModSquad Lead</source>
        <translation>Yayıncı, ModSquad Lideri</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zaman aşımı</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Uygulandığı yer</translation>
    </message>
    <message>
        <source>Platform or stream</source>
        <translation>Platform ya da yayın</translation>
    </message>
    <message>
        <source>Words and phrases</source>
        <translation>Sözcükler ve ifadeler</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Düzenli ifade</translation>
    </message>
    <message>
        <source>Allowed domains</source>
        <translation>İzin verilen alan adları</translation>
    </message>
    <message>
        <source>Share of capitals</source>
        <translation>Büyük harf oranı</translation>
    </message>
    <message>
        <source>At least letters</source>
        <translation>En az harf</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Kaç tane</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Süre içinde</translation>
    </message>
    <message>
        <source>First messages</source>
        <translation>İlk mesajlar</translation>
    </message>
    <message>
        <source>Protected names</source>
        <translation>Korunan adlar</translation>
    </message>
    <message>
        <source>Longer than (characters)</source>
        <translation>Şundan uzun (karakter)</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>kural</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Bağlantılar</translation>
    </message>
    <message>
        <source>Capitals</source>
        <translation>Büyük harfler</translation>
    </message>
    <message>
        <source>Repeated message</source>
        <translation>Tekrarlanan mesaj</translation>
    </message>
    <message>
        <source>Raid (same text, many authors)</source>
        <translation>Baskın (aynı metin, çok yazar)</translation>
    </message>
    <message>
        <source>Flood (many messages)</source>
        <translation>Sel (çok sayıda mesaj)</translation>
    </message>
    <message>
        <source>New author</source>
        <translation>Yeni yazar</translation>
    </message>
    <message>
        <source>Look-alike name</source>
        <translation>Benzer görünen ad</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Uzunluk</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Vurgula</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>İncelemeye işaretle</translation>
    </message>
    <message>
        <source>Hold for review</source>
        <translation>İnceleme için beklet</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>Sustur (zaman aşımı)</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Yasakla</translation>
    </message>
    <message>
        <source>Strike (the ladder decides)</source>
        <translation>İhlal (basamaklar karar verir)</translation>
    </message>
    <message>
        <source>All streams</source>
        <translation>Tüm yayınlar</translation>
    </message>
    <message>
        <source>One platform</source>
        <translation>Tek platform</translation>
    </message>
    <message>
        <source>One stream</source>
        <translation>Tek yayın</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search all streams</source>
        <translation>Tüm yayınlarda ara</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Arama sonuçları</translation>
    </message>
    <message>
        <source>words or part of a word, any case</source>
        <translation>sözcükler ya da sözcük parçası, büyük/küçük harf fark etmez</translation>
    </message>
    <message>
        <source>part of the name</source>
        <translation>adın bir kısmı</translation>
    </message>
    <message>
        <source>Every platform</source>
        <translation>Tüm platformlar</translation>
    </message>
    <message>
        <source>Text &amp;contains</source>
        <translation>&amp;Metin içeriği</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Yazar</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Platform</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Zaman</translation>
    </message>
    <message>
        <source>%1 date and time</source>
        <translation>%1 tarih ve saat</translation>
    </message>
    <message>
        <source> (the newest shown; narrow the search for others)</source>
        <translation> (en yeniler gösteriliyor; diğerleri için aramayı daraltın)</translation>
    </message>
    <message>
        <source>{found}{more}: {in_tabs} still in open tabs, {archived} from the archive.</source>
        <translation>{found}{more}: {in_tabs} hâlâ açık sekmelerde, {archived} arşivden.</translation>
    </message>
    <message>
        <source>User card of {name}…</source>
        <translation>{name} kullanıcı kartı…</translation>
    </message>
</context>
<context>
    <name>SendBox</name>
    <message>
        <source>Completions</source>
        <extracomment>keys that change the word being completed without typing a character commands whose first argument is an author&apos;s name keys the completion popup answers itself; the line must not act on them too where Up / Down are in the history; len(history) is the line being typed the chat&apos;s authors&apos; names, newest speaker first (the tab sets it) the completion list (kept typed here: the completer owns it)</extracomment>
        <translation>Tamamlamalar</translation>
    </message>
    <message>
        <source>Enter or Tab takes the highlighted word</source>
        <translation>Enter veya Tab vurgulanan kelimeyi alır</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Same as the system</source>
        <translation>Sistemle aynı</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Yüksek karşıtlık</translation>
    </message>
    <message>
        <source>Time to take back a delete or ban before it is sent; 0 turns it off.</source>
        <translation>Silme ya da yasak gönderilmeden önce geri alma süresi; 0 kapatır.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source> s</source>
        <translation> sn</translation>
    </message>
    <message>
        <source>Off (act at once)</source>
        <translation>Kapalı (hemen uygula)</translation>
    </message>
    <message>
        <source>Show a notification when a highlight word appears</source>
        <translation>Vurgu sözcüğü geçtiğinde bildirim göster</translation>
    </message>
    <message>
        <source> messages per tab</source>
        <translation> mesaj (sekme başına)</translation>
    </message>
    <message>
        <source>One word or phrase a line</source>
        <translation>Her satıra bir sözcük ya da ifade</translation>
    </message>
    <message>
        <source>Passphrase that unlocks the file</source>
        <translation>Dosyanın kilidini açan parola</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <source>Used from the next start of Moderator.</source>
        <translation>Moderator bir sonraki açılışında kullanılır.</translation>
    </message>
    <message>
        <source>Undo delay:</source>
        <translation>Geri alma süresi:</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Bildirimler:</translation>
    </message>
    <message>
        <source>Keep in memory:</source>
        <translation>Bellekte tut:</translation>
    </message>
    <message>
        <source>Highlight words:</source>
        <translation>Vurgu sözcükleri:</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Ayar sayfaları</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Genel</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mesajlar</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Oturum açma</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Ekip</translation>
    </message>
    <message>
        <source>Where sign-ins are kept</source>
        <translation>Oturum bilgilerinin tutulduğu yer</translation>
    </message>
    <message>
        <source>The system keyring</source>
        <translation>Sistem anahtarlığı</translation>
    </message>
    <message>
        <source>The system keyring (none found)</source>
        <translation>Sistem anahtarlığı (bulunamadı)</translation>
    </message>
    <message>
        <source>An encrypted file, unlocked with a passphrase</source>
        <translation>Parolayla açılan şifreli bir dosya</translation>
    </message>
    <message>
        <source>This session only: sign in again after every start</source>
        <translation>Yalnızca bu oturum: her açılışta yeniden oturum açın</translation>
    </message>
    <message>
        <source>In use now: {store}.</source>
        <translation>Şu anda kullanılan: {store}.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the encrypted file.</source>
        <translation>Şifreli dosya için bir parola seçin.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>(section, keys, what it does)</extracomment>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tuşlar</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ne yapar</translation>
    </message>
    <message>
        <source>Keys on messages work where the message list has the focus.</source>
        <translation>Mesaj tuşları, mesaj listesi odaktayken çalışır.</translation>
    </message>
</context>
<context>
    <name>SignInAgainTab</name>
    <message>
        <source>Sign in again…</source>
        <translation>Yeniden oturum aç…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Connecting</source>
        <extracomment>each status&apos;s word, translated where it is shown</extracomment>
        <translation>Bağlanıyor</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Yayında</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Yeniden deneniyor</translation>
    </message>
    <message>
        <source>Rate-limited</source>
        <translation>Hız sınırında</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Oturum kapalı</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Bitti</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Durduruldu</translation>
    </message>
    <message>
        <source>{status}, next try in {seconds} s</source>
        <translation>{status}, sonraki deneme {seconds} sn sonra</translation>
    </message>
    <message>
        <source>{status}, trying again in {seconds} s</source>
        <translation>{status}, {seconds} sn sonra yeniden denenecek</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the system keyring</source>
        <translation>sistem anahtarlığı</translation>
    </message>
    <message>
        <source>memory only: secrets are forgotten when Moderator quits</source>
        <translation>yalnızca bellek: Moderator kapanınca gizli bilgiler unutulur</translation>
    </message>
    <message>
        <source>an encrypted file, unlocked with your passphrase</source>
        <translation>parolanızla açılan şifreli bir dosya</translation>
    </message>
</context>
<context>
    <name>StreamController</name>
    <message>
        <source>Not sent: {reason}</source>
        <extracomment>a sentence for the moderator: an action failed, a send was refused … how many actions wait in the outbox for the platform to be reachable again messages that just arrived and mention a highlight word or the moderator&apos;s name the words or names to highlight changed (the list repaints with them) an action on this stream&apos;s messages moved on (an item finished, a batch ended) how many raw messages could not be read at all since the session started the stream&apos;s rows below Qt; the model is its adapter, and its id index is also the session&apos;s duplicate filter (one index per stream, not two) texts sent lately: their echo tells the moderator&apos;s name on this platform what arrived that a send may wait for, seen before the model&apos;s batch queue when what waits in the outbox goes out (core decides; this only shows it) automod&apos;s look at arrivals before the tab sees them: returns what the tab shows</extracomment>
        <translation>Gönderilmedi: {reason}</translation>
    </message>
    <message>
        <source>Something went wrong: {error}. See the log.</source>
        <translation>Bir şeyler ters gitti: {error}. Günlüğe bakın.</translation>
    </message>
</context>
<context>
    <name>StreamTab</name>
    <message>
        <source>Stopped</source>
        <extracomment>unread chat lines in this tab, when the number changed (tab text, window title) the platform signed the moderator out and they want to sign in again</extracomment>
        <translation>Durduruldu</translation>
    </message>
    <message>
        <source>⏸ Paused</source>
        <translation>⏸ Duraklatıldı</translation>
    </message>
    <message>
        <source>The list stays put while the pointer is on it or you read above</source>
        <translation>İşaretçi listenin üzerindeyken ya da yukarıyı okurken liste yerinde durur</translation>
    </message>
    <message>
        <source>They are in the log, with secrets left out.</source>
        <translation>Günlükte bulunuyorlar; gizli bilgiler çıkarıldı.</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Yeniden oturum aç…</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>what the app tells the moderator about this stream (the message bridge routes it)</extracomment>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>Sending is not available: {reason}</source>
        <extracomment>what a command typed in the send box answers (&quot;No one called …&quot;, the /help list) the delete / timeout / ban buttons on the rows, asking through the same presenter</extracomment>
        <translation>Gönderme kullanılamıyor: {reason}</translation>
    </message>
    <message>
        <source>Send a message to {platform}… (Enter; Up for earlier ones; /help)</source>
        <translation>{platform} sohbetine mesaj gönderin… (Enter; öncekiler için Yukarı; /help)</translation>
    </message>
    <message>
        <source>last message {time}</source>
        <translation>son mesaj {time}</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Bağlantı durumu</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Bağlantı</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Bildirim</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Bildirimi kapat</translation>
    </message>
    <message>
        <source>Message to send</source>
        <translation>Gönderilecek mesaj</translation>
    </message>
    <message>
        <source>Send the message to the chat (Enter)</source>
        <translation>Mesajı sohbete gönder (Enter)</translation>
    </message>
    <message>
        <source>Up and Down move between messages; the Menu key lists what you can do</source>
        <translation>Yukarı ve Aşağı mesajlar arasında gezinir; Menü tuşu yapabileceklerinizi listeler</translation>
    </message>
</context>
<context>
    <name>TabActions</name>
    <message>
        <source>Select the message to mark read up to.</source>
        <extracomment>how far Ctrl+Up / Ctrl+Down look for the same author before giving up</extracomment>
        <translation>Okundu işaretlemenin duracağı mesajı seçin.</translation>
    </message>
    <message>
        <source>No unread messages below.</source>
        <translation>Aşağıda okunmamış mesaj yok.</translation>
    </message>
    <message>
        <source>No other message by this author nearby.</source>
        <translation>Yakında bu yazarın başka mesajı yok.</translation>
    </message>
    <message>
        <source>Undone: nothing was sent.</source>
        <translation>Geri alındı: hiçbir şey gönderilmedi.</translation>
    </message>
</context>
<context>
    <name>TabCommands</name>
    <message>
        <source>Commands:</source>
        <extracomment>the newest messages completion takes names from (a command resolves against all of them) shows the command&apos;s answer (an error, the help) next to the send box the question open now, or the last one (tests answer it)</extracomment>
        <translation>Komutlar:</translation>
    </message>
    <message>
        <source>/{command} is not available on {platform}: {reason}</source>
        <translation>/{command} {platform} üzerinde kullanılamıyor: {reason}</translation>
    </message>
    <message>
        <source>Select the messages in the list first, then type /delete.</source>
        <translation>Önce listeden mesajları seçin, sonra /delete yazın.</translation>
    </message>
    <message>
        <source>Nobody called “{name}” has written in this chat: nothing was done.</source>
        <translation>Bu sohbette “{name}” adında kimse yazmadı: hiçbir şey yapılmadı.</translation>
    </message>
    <message>
        <source>Cleared this tab&apos;s view. Nothing was deleted on {platform}.</source>
        <translation>Bu sekmenin görünümü temizlendi. {platform} üzerinde hiçbir şey silinmedi.</translation>
    </message>
</context>
<context>
    <name>TeamBox</name>
    <message>
        <source>Team workspace</source>
        <translation>Ekip çalışma alanı</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Değişmedi</translation>
    </message>
    <message>
        <source>Leave the URL empty to moderate alone. Moderators sharing one database see each other&apos;s actions, claims and notes. Applies at the next start.</source>
        <translation>Tek başınıza moderasyon için URL&apos;yi boş bırakın. Aynı veritabanını paylaşan moderatörler birbirlerinin işlemlerini, üstlendiklerini ve notlarını görür. Bir sonraki başlatmada uygulanır.</translation>
    </message>
    <message>
        <source>Database URL:</source>
        <translation>Veritabanı URL&apos;si:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parola:</translation>
    </message>
</context>
<context>
    <name>TeamLink</name>
    <message>
        <source>you are on it</source>
        <extracomment>how often expired claims are looked for</extracomment>
        <translation>siz ilgileniyorsunuz</translation>
    </message>
    <message>
        <source>%1 is on it</source>
        <translation>%1 ilgileniyor</translation>
    </message>
    <message>
        <source>you are on this author</source>
        <translation>bu yazarla siz ilgileniyorsunuz</translation>
    </message>
    <message>
        <source>%1 is on this author</source>
        <translation>bu yazarla %1 ilgileniyor</translation>
    </message>
    <message>
        <source>Team: online</source>
        <extracomment>a record from the team, carried onto the GUI thread&apos;s turn of the loop</extracomment>
        <translation>Ekip: çevrimiçi</translation>
    </message>
    <message>
        <source>Team: offline</source>
        <translation>Ekip: çevrimdışı</translation>
    </message>
</context>
<context>
    <name>TeamShare</name>
    <message>
        <source>Automod rules from {moderator} could not be used here; yours stay.</source>
        <extracomment>the last sentence said in the review queue about another moderator&apos;s decision</extracomment>
        <translation>{moderator} kullanıcısının otomatik moderasyon kuralları burada kullanılamadı; sizinkiler geçerli.</translation>
    </message>
    <message>
        <source>Automod rules updated by {moderator}.</source>
        <translation>Otomatik moderasyon kuralları {moderator} tarafından güncellendi.</translation>
    </message>
    <message>
        <source>Already approved by {moderator}.</source>
        <translation>{moderator} zaten onayladı.</translation>
    </message>
    <message>
        <source>Already denied by {moderator}.</source>
        <translation>{moderator} zaten reddetti.</translation>
    </message>
    <message>
        <source>Approved by {moderator}.</source>
        <translation>{moderator} onayladı.</translation>
    </message>
    <message>
        <source>Denied by {moderator}.</source>
        <translation>{moderator} reddetti.</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>time unknown</source>
        <translation>zaman bilinmiyor</translation>
    </message>
</context>
<context>
    <name>UndoToast</name>
    <message>
        <source>Deleting {what} on {platform}</source>
        <translation>{platform} üzerinde siliniyor: {what}</translation>
    </message>
    <message>
        <source>Permanently deleting {what} on {platform}</source>
        <translation>{platform} üzerinde kalıcı olarak siliniyor: {what}</translation>
    </message>
    <message>
        <source>Banning {what} on {platform}</source>
        <translation>{platform} üzerinde yasaklanıyor: {what}</translation>
    </message>
    <message>
        <source>Timing out {what} on {platform}</source>
        <translation>{platform} üzerinde geçici susturuluyor: {what}</translation>
    </message>
    <message>
        <source>{name}&apos;s message</source>
        <translation>{name} kullanıcısının mesajı</translation>
    </message>
    <message>
        <source>{doing} for {duration}</source>
        <translation>{doing} ({duration} süreyle)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Geri al (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Take it back: nothing has been sent yet (Ctrl+Z)</source>
        <translation>Geri al: henüz hiçbir şey gönderilmedi (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Şimdi gönder</translation>
    </message>
    <message>
        <source>Do not wait for the undo delay</source>
        <translation>Geri alma süresini bekleme</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>An action waits for the undo delay</source>
        <translation>Bir işlem geri alma süresini bekliyor</translation>
    </message>
    <message>
        <source>Waiting action</source>
        <translation>Bekleyen işlem</translation>
    </message>
    <message>
        <source>%1: held for %2 s, Ctrl+Z takes it back</source>
        <translation>%1: %2 sn bekletiliyor, Ctrl+Z geri alır</translation>
    </message>
    <message>
        <source>{doing} in {left} s…</source>
        <translation>{doing}, {left} sn içinde…</translation>
    </message>
</context>
<context>
    <name>UserCard</name>
    <message>
        <source>Timeout…</source>
        <extracomment>the messages a card shows, newest first</extracomment>
        <translation>Zaman aşımı…</translation>
    </message>
    <message>
        <source>Ban…</source>
        <translation>Yasakla…</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>Yasağı kaldır</translation>
    </message>
    <message>
        <source>User card: {name}</source>
        <extracomment>the moderator saved or removed their note on this author why each stream&apos;s author actions are refused, in the platform&apos;s words the batches whose outcome the card has told (by id)</extracomment>
        <translation>Kullanıcı kartı: {name}</translation>
    </message>
    <message>
        <source>Recent messages of {name}</source>
        <extracomment>(stream key, action) -&gt; its button, enabled where the platform allows it what this moderator knows of the author&apos;s ban or timeout, stream by stream</extracomment>
        <translation>{name} kullanıcısının son mesajları</translation>
    </message>
    <message>
        <source>⚠ This name looks like {name}, but it is another account.</source>
        <extracomment>every name this author id wrote under here, the newest first</extracomment>
        <translation>⚠ Bu ad {name} gibi görünüyor, ama başka bir hesap.</translation>
    </message>
    <message>
        <source>Also wrote here as: {names}</source>
        <translation>Burada şu adlarla da yazdı: {names}</translation>
    </message>
    <message>
        <source>Seen on {platforms}: {count}</source>
        <translation>Görüldüğü yer {platforms}: {count}</translation>
    </message>
    <message>
        <source>no stream</source>
        <translation>yayın yok</translation>
    </message>
    <message>
        <source> (the newest shown)</source>
        <translation> (en yeniler gösteriliyor)</translation>
    </message>
    <message>
        <source>The link could not be saved ({error}); nothing changed.</source>
        <translation>Bağlantı kaydedilemedi ({error}); hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>Actions, stream by stream</source>
        <translation>İşlemler, yayın yayın</translation>
    </message>
    <message>
        <source>No message of theirs here to act on.</source>
        <translation>Burada işlem yapılacak bir mesajı yok.</translation>
    </message>
</context>
<context>
    <name>WholeMessage</name>
    <message>
        <source>Show whole message</source>
        <translation>Mesajın tamamını göster</translation>
    </message>
    <message>
        <source>Message from {name}</source>
        <translation>{name} kullanıcısından mesaj</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %Ln character(s)</source>
        <translation>
            <numerusform>{name}: %Ln karakter</numerusform>
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
        <translation>{duration} süreyle</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>neden: {reason}</translation>
    </message>
    <message>
        <source>{count} of {total} {state}</source>
        <translation>{total} içinden {count} {state}</translation>
    </message>
    <message>
        <source>{error}: {reason}</source>
        <translation>{error}: {reason}</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>silindi</translation>
    </message>
    <message>
        <source>deleted permanently</source>
        <translation>kalıcı olarak silindi</translation>
    </message>
    <message>
        <source>marked read</source>
        <translation>okundu olarak işaretlendi</translation>
    </message>
    <message>
        <source>marked unread</source>
        <translation>okunmadı olarak işaretlendi</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>yasaklandı</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>zaman aşımına alındı</translation>
    </message>
    <message>
        <source>unbanned</source>
        <translation>yasağı kaldırıldı</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>incelemeye işaretlendi</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>bitirildi</translation>
    </message>
    <message>
        <source>{count} failed: {reason}</source>
        <translation>{count} başarısız: {reason}</translation>
    </message>
    <message>
        <source>{count} {past} on this computer</source>
        <translation>{count} bu bilgisayarda {past}</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Yapılacak bir şey yok.</translation>
    </message>
    <message>
        <source>{first}, {then}</source>
        <translation>{first}, {then}</translation>
    </message>
    <message>
        <source>{count} failed: {reason} (and {others} other reasons)</source>
        <translation>{count} başarısız: {reason} (ve {others} başka neden)</translation>
    </message>
    <message>
        <source>{count} {past}</source>
        <translation>{count} {past}</translation>
    </message>
    <message>
        <source>{count} wait for the connection</source>
        <translation>{count} bağlantıyı bekliyor</translation>
    </message>
    <message>
        <source>{count} cancelled</source>
        <translation>{count} iptal edildi</translation>
    </message>
    <message>
        <source>{count} undone</source>
        <translation>{count} geri alındı</translation>
    </message>
    <message>
        <source>{problem}. Moderator asks again at the next start.</source>
        <translation>{problem}. Moderator bir sonraki açılışta yeniden soracak.</translation>
    </message>
    <message>
        <source>{reason}; retrying. Nothing is lost.</source>
        <translation>{reason}; yeniden deneniyor. Hiçbir şey kaybolmadı.</translation>
    </message>
    <message>
        <source>It goes out when the connection is back.</source>
        <translation>Bağlantı geri gelince gönderilecek.</translation>
    </message>
    <message>
        <source>{count} messages</source>
        <translation>{count} mesaj</translation>
    </message>
    <message>
        <source>{platform} is unreachable ({error}) and {problem}; retrying. Nothing is lost: the {action} stays pending here.</source>
        <translation>{platform} platformuna ulaşılamıyor ({error}) ve {problem}; yeniden deneniyor. Hiçbir şey kaybolmadı: {action} burada bekliyor.</translation>
    </message>
    <message>
        <source>{platform} is unreachable ({error}) The {action} waits and goes out when the connection is back.</source>
        <translation>{platform} platformuna ulaşılamıyor ({error}). {action} bekliyor ve bağlantı geri gelince gönderilecek.</translation>
    </message>
    <message>
        <source>automod: {rule}</source>
        <translation>otomatik moderasyon: {rule}</translation>
    </message>
    <message>
        <source>Not sent yet: {reason} {later}</source>
        <translation>Henüz gönderilmedi: {reason} {later}</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Gönderilmedi: {reason}</translation>
    </message>
    <message>
        <source>Signed out: {reason} Sign in again.</source>
        <translation>Oturum kapandı: {reason} Yeniden oturum açın.</translation>
    </message>
    <message>
        <source>⚠ {platform} keeps sending the same page of chat; reading it every {seconds} s until it moves on.</source>
        <translation>⚠ {platform} aynı sohbet sayfasını göndermeye devam ediyor; ilerleyene kadar her {seconds} sn&apos;de bir okunuyor.</translation>
    </message>
    <message>
        <source>Connection lost: {reason}</source>
        <translation>Bağlantı koptu: {reason}</translation>
    </message>
    <message>
        <source>Unexpected error: {kind}. Details are in the log.</source>
        <translation>Beklenmeyen hata: {kind}. Ayrıntılar günlükte.</translation>
    </message>
    <message>
        <source>{problem}; retrying. Nothing is lost: it stays pending here.</source>
        <translation>{problem}; yeniden deneniyor. Hiçbir şey kaybolmadı: burada beklemede kalıyor.</translation>
    </message>
    <message>
        <source>Saved to disk again: nothing was lost.</source>
        <translation>Yeniden diske kaydedildi: hiçbir şey kaybolmadı.</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>silme</translation>
    </message>
    <message>
        <source>delete permanently</source>
        <translation>kalıcı silme</translation>
    </message>
    <message>
        <source>mark read</source>
        <translation>okundu işaretleme</translation>
    </message>
    <message>
        <source>mark unread</source>
        <translation>okunmadı işaretleme</translation>
    </message>
    <message>
        <source>ban</source>
        <translation>yasaklama</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>zaman aşımı</translation>
    </message>
    <message>
        <source>unban</source>
        <translation>yasağı kaldırma</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>incelemeye işaretleme</translation>
    </message>
    <message>
        <source>end chat</source>
        <translation>sohbeti bitirme</translation>
    </message>
    <message>
        <source>Could not {action} {name}&apos;s message: {error}</source>
        <translation>{name} kullanıcısının mesajı için {action} yapılamadı: {error}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>başarısız</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>bekliyor</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>geri alındı</translation>
    </message>
    <message>
        <source>done</source>
        <translation>tamamlandı</translation>
    </message>
    <message>
        <source>local</source>
        <translation>bu bilgisayarda</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>sırada</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 saniye</translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation>{count} saniye</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 gün</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} gün</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 saat</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation>{count} saat</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 dakika</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} dakika</translation>
    </message>
    <message>
        <source>{message} ({detail})</source>
        <translation>{message} ({detail})</translation>
    </message>
    <message>
        <source>Allmine refused the request.</source>
        <translation>Allmine isteği reddetti.</translation>
    </message>
    <message>
        <source>Allmine sent an answer in an unexpected shape.</source>
        <translation>Allmine beklenmeyen biçimde bir yanıt gönderdi.</translation>
    </message>
    <message>
        <source>Allmine answered the sign-in without tokens.</source>
        <translation>Allmine oturum açmayı belirteç olmadan yanıtladı.</translation>
    </message>
    <message>
        <source>{count} problems</source>
        <translation>{count} sorun</translation>
    </message>
    <message>
        <source>Allmine did not accept that code. Check it, or ask for a new one.</source>
        <translation>Allmine bu kodu kabul etmedi. Kontrol edin ya da yeni bir kod isteyin.</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>Boş bir mesaj gönderilemez.</translation>
    </message>
    <message>
        <source>Allmine sent a chat page in an unexpected shape.</source>
        <translation>Allmine beklenmeyen biçimde bir sohbet sayfası gönderdi.</translation>
    </message>
    <message>
        <source>Allmine rejected the renewed token; trying again.</source>
        <translation>Allmine yenilenen belirteci reddetti; yeniden deneniyor.</translation>
    </message>
    <message>
        <source>Allmine did not accept the sign-in and there is no refresh token. Sign in again.</source>
        <translation>Allmine oturum açmayı kabul etmedi ve yenileme belirteci yok. Yeniden oturum açın.</translation>
    </message>
    <message>
        <source>Allmine would not renew the sign-in. Sign in again.</source>
        <translation>Allmine oturumu yenilemedi. Yeniden oturum açın.</translation>
    </message>
    <message>
        <source>Allmine stream {id}</source>
        <translation>Allmine yayını {id}</translation>
    </message>
    <message>
        <source>Fill in the Allmine API address first.</source>
        <translation>Önce Allmine API adresini girin.</translation>
    </message>
    <message>
        <source>No visitor has written yet, so there is no thread to answer. Choose a reply thread in the connection settings.</source>
        <translation>Henüz hiçbir ziyaretçi yazmadı, bu yüzden yanıtlanacak bir konu yok. Bağlantı ayarlarında bir yanıt konusu seçin.</translation>
    </message>
    <message>
        <source>{platform} sent an answer without its status.</source>
        <translation>{platform} durum bilgisi olmayan bir yanıt gönderdi.</translation>
    </message>
    <message>
        <source>{platform} refused the request.</source>
        <translation>{platform} isteği reddetti.</translation>
    </message>
    <message>
        <source>{platform} did not accept the API key. Create a key in the site&apos;s Developer Hub and enter it again.</source>
        <translation>{platform} API anahtarını kabul etmedi. Sitenin Developer Hub bölümünde bir anahtar oluşturup yeniden girin.</translation>
    </message>
    <message>
        <source>The API key may not do this on {platform}; allow chat messages and threads in the key&apos;s permissions.</source>
        <translation>API anahtarı {platform} üzerinde bunu yapamaz; anahtarın izinlerinde sohbet mesajlarına ve konulara izin verin.</translation>
    </message>
    <message>
        <source>{platform} says the API key made too many requests (perhaps another program uses it too); trying again in {seconds} s.</source>
        <translation>{platform}, API anahtarının çok fazla istek yaptığını söylüyor (belki başka bir program da kullanıyor); {seconds} sn sonra yeniden denenecek.</translation>
    </message>
    <message>
        <source>This site has no chat thread with that token; check the connection.</source>
        <translation>Bu sitede bu belirteçle bir sohbet konusu yok; bağlantıyı kontrol edin.</translation>
    </message>
    <message>
        <source>Could not {action} {name}&apos;s message for {who}: {error}</source>
        <translation>{who} adına {name} kullanıcısının mesajı için {action} yapılamadı: {error}</translation>
    </message>
    <message>
        <source>{action} is not available: {reason}</source>
        <translation>{action} kullanılamıyor: {reason}</translation>
    </message>
    <message>
        <source>The connection to the network process was lost.</source>
        <translation>Ağ işlemiyle bağlantı koptu.</translation>
    </message>
    <message>
        <source>{platform} sent an answer without its envelope.</source>
        <translation>{platform} zarfı olmayan bir yanıt gönderdi.</translation>
    </message>
    <message>
        <source>{site} chat</source>
        <translation>{site} sohbeti</translation>
    </message>
    <message>
        <source>unknown time zone {name}; use an offset like +02:00</source>
        <translation>bilinmeyen saat dilimi {name}; +02:00 gibi bir fark kullanın</translation>
    </message>
    <message>
        <source>{site} thread chat</source>
        <translation>{site} konu sohbeti</translation>
    </message>
    <message>
        <source>the site address must start with https:// and name the site</source>
        <translation>site adresi https:// ile başlamalı ve siteyi belirtmeli</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: {reason}. Nothing was sent to {platform}. If your network uses its own certificate authority, name its PEM file in the ca_bundle setting or in SSL_CERT_FILE.</source>
        <translation>Sunucunun sertifikasına güvenilmiyor: {reason}. {platform} platformuna hiçbir şey gönderilmedi. Ağınız kendi sertifika yetkilisini kullanıyorsa, PEM dosyasını ca_bundle ayarında ya da SSL_CERT_FILE içinde belirtin.</translation>
    </message>
    <message>
        <source>{platform} could not be reached. Check the network connection.</source>
        <translation>{platform} platformuna ulaşılamadı. Ağ bağlantısını kontrol edin.</translation>
    </message>
    <message>
        <source>{platform} did not answer in time.</source>
        <translation>{platform} zamanında yanıt vermedi.</translation>
    </message>
    <message>
        <source>A secure connection to {platform} could not be made.</source>
        <translation>{platform} ile güvenli bağlantı kurulamadı.</translation>
    </message>
    <message>
        <source>{platform} sent an answer larger than {megabytes} MB; it was not read. Trying again.</source>
        <translation>{platform} {megabytes} MB&apos;tan büyük bir yanıt gönderdi; okunmadı. Yeniden deneniyor.</translation>
    </message>
    <message>
        <source>no complete answer within {seconds} s</source>
        <translation>{seconds} sn içinde tam yanıt yok</translation>
    </message>
    <message>
        <source>{bytes} bytes or more</source>
        <translation>{bytes} bayt veya daha fazla</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Okunmadı olarak işaretle</translation>
    </message>
    <message>
        <source>Stream Chat keeps one read marker per moderator that only moves forward.</source>
        <translation>Stream Chat her moderatör için yalnızca ileri giden tek bir okundu işareti tutar.</translation>
    </message>
    <message>
        <source>Stream Chat refused a freshly issued chat token.</source>
        <translation>Stream Chat yeni verilmiş bir sohbet belirtecini reddetti.</translation>
    </message>
    <message>
        <source>IBM Video rejected a value that was sent.</source>
        <translation>IBM Video gönderilen bir değeri reddetti.</translation>
    </message>
    <message>
        <source>IBM Video did not accept the access token.</source>
        <translation>IBM Video erişim belirtecini kabul etmedi.</translation>
    </message>
    <message>
        <source>This IBM Video account lacks the Stream Chat benefit, so its chat cannot be opened. Ask IBM to enable chat for the account.</source>
        <translation>Bu IBM Video hesabında Stream Chat özelliği yok, bu yüzden sohbeti açılamıyor. IBM&apos;den hesap için sohbeti etkinleştirmesini isteyin.</translation>
    </message>
    <message>
        <source>This API client may not manage the channel. Use credentials of the channel&apos;s owner.</source>
        <translation>Bu API istemcisi kanalı yönetemez. Kanal sahibinin kimlik bilgilerini kullanın.</translation>
    </message>
    <message>
        <source>IBM Video has no such channel. Check the channel id.</source>
        <translation>IBM Video&apos;da böyle bir kanal yok. Kanal kimliğini kontrol edin.</translation>
    </message>
    <message>
        <source>IBM Video sent a chat initialization in an unexpected shape.</source>
        <translation>IBM Video beklenmeyen biçimde bir sohbet başlatma yanıtı gönderdi.</translation>
    </message>
    <message>
        <source>IBM Video rejected a freshly issued token.</source>
        <translation>IBM Video yeni verilmiş bir belirteci reddetti.</translation>
    </message>
    <message>
        <source>IBM Video would not sign in with this client id and secret. Check them in the connection settings.</source>
        <translation>IBM Video bu istemci kimliği ve gizli anahtarla oturum açmadı. Bağlantı ayarlarında kontrol edin.</translation>
    </message>
    <message>
        <source>IBM Video sent a token in an unexpected shape.</source>
        <translation>IBM Video beklenmeyen biçimde bir belirteç gönderdi.</translation>
    </message>
    <message>
        <source>The Stream Chat connection dropped; catching up and reconnecting.</source>
        <translation>Stream Chat bağlantısı koptu; kaçırılanlar okunup yeniden bağlanılıyor.</translation>
    </message>
    <message>
        <source>Stream Chat said nothing for {seconds} s; reconnecting.</source>
        <translation>Stream Chat {seconds} sn boyunca hiçbir şey göndermedi; yeniden bağlanılıyor.</translation>
    </message>
    <message>
        <source>Stream Chat refused the connection.</source>
        <translation>Stream Chat bağlantıyı reddetti.</translation>
    </message>
    <message>
        <source>Stream Chat opened the connection without naming it.</source>
        <translation>Stream Chat bağlantıyı adını vermeden açtı.</translation>
    </message>
    <message>
        <source>IBM Video channel {id}</source>
        <translation>IBM Video kanalı {id}</translation>
    </message>
    <message>
        <source>Stream Chat rejected the request as invalid.</source>
        <translation>Stream Chat isteği geçersiz sayıp reddetti.</translation>
    </message>
    <message>
        <source>Stream Chat did not accept the chat token.</source>
        <translation>Stream Chat sohbet belirtecini kabul etmedi.</translation>
    </message>
    <message>
        <source>Stream Chat could not find it; it may have been removed.</source>
        <translation>Stream Chat bunu bulamadı; kaldırılmış olabilir.</translation>
    </message>
    <message>
        <source>Stream Chat does not allow this account to do that; it needs moderator rights.</source>
        <translation>Stream Chat bu hesabın bunu yapmasına izin vermiyor; moderatör yetkisi gerekiyor.</translation>
    </message>
    <message>
        <source>The Stream Chat token has expired.</source>
        <translation>Stream Chat belirtecinin süresi doldu.</translation>
    </message>
    <message>
        <source>This account has no access to the channel on Stream Chat.</source>
        <translation>Bu hesabın Stream Chat&apos;te kanala erişimi yok.</translation>
    </message>
    <message>
        <source>IBM Video handed out a chat token without a user id, which Stream Chat refuses.</source>
        <translation>IBM Video kullanıcı kimliği olmayan bir sohbet belirteci verdi; Stream Chat bunu reddeder.</translation>
    </message>
    <message>
        <source>Stream Chat sent the channel in an unexpected shape.</source>
        <translation>Stream Chat kanalı beklenmeyen biçimde gönderdi.</translation>
    </message>
    <message>
        <source>Stream Chat rejected a freshly issued chat token; trying again.</source>
        <translation>Stream Chat yeni verilmiş bir sohbet belirtecini reddetti; yeniden deneniyor.</translation>
    </message>
    <message>
        <source>{platform} sent an answer that is not valid JSON.</source>
        <translation>{platform} geçerli JSON olmayan bir yanıt gönderdi.</translation>
    </message>
    <message>
        <source>{bytes} bytes, {error}</source>
        <translation>{bytes} bayt, {error}</translation>
    </message>
    <message>
        <source>{platform} asks us to slow down; trying again in {seconds} s.</source>
        <translation>{platform} yavaşlamamızı istiyor; {seconds} sn sonra yeniden denenecek.</translation>
    </message>
    <message>
        <source>LivePerson sent a link outside this account.</source>
        <translation>LivePerson bu hesabın dışında bir bağlantı gönderdi.</translation>
    </message>
    <message>
        <source>LivePerson did not accept the user name or password.</source>
        <translation>LivePerson kullanıcı adını veya parolayı kabul etmedi.</translation>
    </message>
    <message>
        <source>LivePerson refused the new session; trying again.</source>
        <translation>LivePerson yeni oturumu reddetti; yeniden deneniyor.</translation>
    </message>
    <message>
        <source>LivePerson rejected the new session too; trying again.</source>
        <translation>LivePerson yeni oturumu da reddetti; yeniden deneniyor.</translation>
    </message>
    <message>
        <source>LivePerson sent an answer in an unexpected shape.</source>
        <translation>LivePerson beklenmeyen biçimde bir yanıt gönderdi.</translation>
    </message>
    <message>
        <source>{what}: {count} problems</source>
        <translation>{what}: {count} sorun</translation>
    </message>
    <message>
        <source>No LivePerson chat is open to send to. Wait for a visitor to start one.</source>
        <translation>Gönderilecek açık bir LivePerson sohbeti yok. Bir ziyaretçinin sohbet başlatmasını bekleyin.</translation>
    </message>
    <message>
        <source>LivePerson chats of {user}</source>
        <translation>{user} kullanıcısının LivePerson sohbetleri</translation>
    </message>
    <message>
        <source>The browser sign-in took too long; start it again when you are ready.</source>
        <translation>Tarayıcıda oturum açma çok uzun sürdü; hazır olduğunuzda yeniden başlatın.</translation>
    </message>
    <message>
        <source>The sign-in was not completed: {reason}.</source>
        <translation>Oturum açma tamamlanmadı: {reason}.</translation>
    </message>
    <message>
        <source>Pausing to stay within {platform}&apos;s limit of {limit} requests a minute; going on in {seconds} s.</source>
        <translation>{platform} platformunun dakikada {limit} istek sınırında kalmak için bekleniyor; {seconds} sn sonra devam edilecek.</translation>
    </message>
    <message>
        <source>Fill in the API address, client id and client secret before signing in.</source>
        <translation>Oturum açmadan önce API adresini, istemci kimliğini ve istemci gizli anahtarını girin.</translation>
    </message>
    <message>
        <source>PRISM refused the sign-in.</source>
        <translation>PRISM oturum açmayı reddetti.</translation>
    </message>
    <message>
        <source>PRISM answered the sign-in without tokens.</source>
        <translation>PRISM oturum açmayı belirteç olmadan yanıtladı.</translation>
    </message>
    <message>
        <source>PRISM sent an answer in an unexpected shape.</source>
        <translation>PRISM beklenmeyen biçimde bir yanıt gönderdi.</translation>
    </message>
    <message>
        <source>PRISM sent this message without an id, so it cannot be deleted.</source>
        <translation>PRISM bu mesajı kimliksiz gönderdi, bu yüzden silinemez.</translation>
    </message>
    <message>
        <source>A timeout must last at least one second.</source>
        <translation>Zaman aşımı en az bir saniye sürmelidir.</translation>
    </message>
    <message>
        <source>PRISM refused the request.</source>
        <translation>PRISM isteği reddetti.</translation>
    </message>
    <message>
        <source>PRISM would not renew the sign-in.</source>
        <translation>PRISM oturumu yenilemedi.</translation>
    </message>
    <message>
        <source>PRISM sent an answer without its envelope.</source>
        <translation>PRISM zarfı olmayan bir yanıt gönderdi.</translation>
    </message>
    <message>
        <source>PRISM rejected the renewed token; trying again.</source>
        <translation>PRISM yenilenen belirteci reddetti; yeniden deneniyor.</translation>
    </message>
    <message>
        <source>PRISM live {id}</source>
        <translation>PRISM canlı yayını {id}</translation>
    </message>
    <message>
        <source>This account may not do that on {platform}.</source>
        <translation>Bu hesap {platform} üzerinde bunu yapamaz.</translation>
    </message>
    <message>
        <source>{platform} could not find it; it may have been removed.</source>
        <translation>{platform} bunu bulamadı; kaldırılmış olabilir.</translation>
    </message>
    <message>
        <source>{platform} has a problem right now (HTTP {status}).</source>
        <translation>{platform} şu anda bir sorun yaşıyor (HTTP {status}).</translation>
    </message>
    <message>
        <source>{platform} answered HTTP {status}.</source>
        <translation>{platform} HTTP {status} yanıtını verdi.</translation>
    </message>
    <message>
        <source>{platform} did not accept the sign-in.</source>
        <translation>{platform} oturum açmayı kabul etmedi.</translation>
    </message>
    <message>
        <source>An encrypted secrets file needs a passphrase.</source>
        <translation>Şifreli gizli bilgiler dosyası bir parola ister.</translation>
    </message>
    <message>
        <source>The system keyring could not be read: {kind}.</source>
        <translation>Sistem anahtarlığı okunamadı: {kind}.</translation>
    </message>
    <message>
        <source>The system keyring refused to store a secret: {kind}.</source>
        <translation>Sistem anahtarlığı bir gizli bilgiyi saklamayı reddetti: {kind}.</translation>
    </message>
    <message>
        <source>The system keyring could not delete a secret: {kind}.</source>
        <translation>Sistem anahtarlığı bir gizli bilgiyi silemedi: {kind}.</translation>
    </message>
    <message>
        <source>The saved sign-in for a {provider} stream is missing: sign in again.</source>
        <translation>Bir {provider} yayınının kayıtlı girişi yok: yeniden giriş yapın.</translation>
    </message>
    <message>
        <source>A saved {provider} stream could not be read: {count} problems.</source>
        <translation>Kayıtlı bir {provider} yayını okunamadı: sorun sayısı {count}.</translation>
    </message>
    <message>
        <source>The settings could not be saved: {why}.</source>
        <translation>Ayarlar kaydedilemedi: {why}.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Moderator does not know the platform “{platform}” any more.</source>
        <translation>Moderator artık “{platform}” platformunu tanımıyor.</translation>
    </message>
    <message>
        <source>The saved sign-in for the {platform} stream “{title}” is missing or locked: signed out, sign in again.</source>
        <translation>{platform} yayını “{title}” için kaydedilmiş oturum bilgisi eksik ya da kilitli: oturum kapandı, yeniden oturum açın.</translation>
    </message>
    <message>
        <source>{title} (sign in again)</source>
        <translation>{title} (yeniden oturum açın)</translation>
    </message>
    <message>
        <source>The stream is open for this session only.</source>
        <extracomment>where sign-ins are kept, when the dialog should say so (no keyring, a locked file)</extracomment>
        <translation>Yayın yalnızca bu oturum için açık.</translation>
    </message>
    <message>
        <source>The demo keeps sign-ins for this session only.</source>
        <extracomment>opens the secret store the moderator chose (a passphrase for the encrypted file) told what the connect dialog should now say about where sign-ins are kept told the settings in force after the dialog or a caller changed them (the views&apos; inline buttons follow them)</extracomment>
        <translation>Demo, oturum bilgilerini yalnızca bu oturum boyunca tutar.</translation>
    </message>
    <message>
        <source>Sign-ins stay where they were.</source>
        <translation>Oturum bilgileri olduğu yerde kalıyor.</translation>
    </message>
    <message>
        <source>Sign-ins are now kept in {store}.</source>
        <translation>Oturum bilgileri artık şurada tutuluyor: {store}.</translation>
    </message>
</context>
<context>
    <name>ZoomKeeper</name>
    <message>
        <source>The text size could not be saved: %1</source>
        <translation>Metin boyutu kaydedilemedi: %1</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mesaj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln author(s)</source>
        <translation>
            <numerusform>%Ln yazar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stream(s)</source>
        <translation>
            <numerusform>%Ln yayın</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln display problem(s), details in the log</source>
        <translation>
            <numerusform>%Ln görüntüleme sorunu, ayrıntılar günlükte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln gösteriliyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s) ↓</source>
        <translation>
            <numerusform>%Ln yeni mesaj ↓</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln işlem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit record(s)</source>
        <translation>
            <numerusform>%Ln denetim kaydı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recent message(s)</source>
        <translation>
            <numerusform>%Ln son mesaj</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unreadable message(s) skipped</source>
        <translation>
            <numerusform>Okunamayan %Ln mesaj atlandı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) waiting for the connection</source>
        <translation>
            <numerusform>%Ln işlem bağlantıyı bekliyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held</source>
        <translation>
            <numerusform>%Ln bekletiliyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held for review</source>
        <translation>
            <numerusform>%Ln mesaj incelemeyi bekliyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) hidden here only: {platform} cannot delete.</source>
        <translation>
            <numerusform>%Ln mesaj yalnızca burada gizlendi: {platform} silemiyor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln gün</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln saat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln dakika</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln saniye</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Automod: %Ln strike(s) in the last {hours} h</source>
        <translation>
            <numerusform>Otomatik moderasyon: son {hours} saatte %Ln ihlal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spoken</name>
    <message>
        <source>removed on the platform</source>
        <extracomment>the time as a row says it (the tooltip and the description give the full date) a stream key&apos;s platform (&quot;prism:1001&quot; -&gt; &quot;prism&quot;) when nobody named it better</extracomment>
        <translation>platformda kaldırıldı</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>silindi</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>bekliyor</translation>
    </message>
    <message>
        <source>read</source>
        <translation>okundu</translation>
    </message>
    <message>
        <source>system message</source>
        <translation>sistem mesajı</translation>
    </message>
    <message>
        <source>moderation note</source>
        <translation>moderasyon notu</translation>
    </message>
    <message>
        <source>owner</source>
        <extracomment>the badges a row paints before the name, in words (their order is the delegate&apos;s)</extracomment>
        <translation>sahip</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>yönetici yardımcısı</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>moderatör</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>yönetici</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>temsilci</translation>
    </message>
    <message>
        <source>visitor</source>
        <translation>ziyaretçi</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>doğrulanmış</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistem</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1 içinde</translation>
    </message>
    <message>
        <source>the name looks like %1, but is another account</source>
        <translation>ad %1 gibi görünüyor, ama başka bir hesap</translation>
    </message>
</context>
</TS>
