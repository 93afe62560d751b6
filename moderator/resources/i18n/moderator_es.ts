<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActionPresenter</name>
    <message>
        <source>Confirm</source>
        <extracomment>entries after which a menu has a separator one stream&apos;s part of a request, and the controller that carries it out the dialog or question open now, or the last one (tests answer it)</extracomment>
        <translation>Confirmar</translation>
    </message>
</context>
<context>
    <name>ActionRouter</name>
    <message>
        <source>The stream {stream} is not open: connect it again to act on this message.</source>
        <extracomment>the controller of an open stream, by stream key</extracomment>
        <translation>La transmisión {stream} no está abierta: vuelva a conectarla para actuar sobre este mensaje.</translation>
    </message>
</context>
<context>
    <name>AllStreamsTab</name>
    <message>
        <source>Messages of every open stream</source>
        <extracomment>rows each open tab brings when the All streams tab opens (its newest ones) room for the source&apos;s name, left of the message source names kept as they fit their column (a few per open stream) (source name, width) -&gt; the name as it fits: elided once, not on every row&apos;s paint</extracomment>
        <translation>Mensajes de todas las transmisiones abiertas</translation>
    </message>
    <message>
        <source>Every open stream, in time order. Actions go to each message&apos;s own stream.</source>
        <extracomment>what the moderator is told about what they did here (the message bridge routes it) asks for actions the way the stream&apos;s own tab does (one path for every surface) the row buttons, asking through this tab&apos;s presenter like its keys</extracomment>
        <translation>Todas las transmisiones abiertas, en orden cronológico. Las acciones van a la transmisión de cada mensaje.</translation>
    </message>
    <message>
        <source>User card of {name}…</source>
        <translation>Ficha de usuario de {name}…</translation>
    </message>
</context>
<context>
    <name>AuditDock</name>
    <message>
        <source>{actor}: {action} on {platform} ({stream})</source>
        <translation>{actor}: {action} en {platform} ({stream})</translation>
    </message>
    <message>
        <source>Message {id} by {name} ({author}):</source>
        <translation>Mensaje {id} de {name} ({author}):</translation>
    </message>
    <message>
        <source>Result: {result}</source>
        <translation>Resultado: {result}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <extracomment>the log was written to (possibly from another thread): refresh on the UI thread</extracomment>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Platform</source>
        <extracomment>everything, or the moderation only (without the reads)</extracomment>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Actions shown</source>
        <translation>Acciones mostradas</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>Moderation only (no reads)</source>
        <translation>Solo moderación (sin lecturas)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export JSONL…</source>
        <translation>Exportar JSONL…</translation>
    </message>
    <message>
        <source>Moderation actions</source>
        <translation>Acciones de moderación</translation>
    </message>
    <message>
        <source> (the newest {count})</source>
        <translation> (los {count} más recientes)</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Todas las plataformas</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>The audit log could not be exported: {error}.</source>
        <translation>No se pudo exportar el registro de auditoría: {error}.</translation>
    </message>
    <message>
        <source>Exported {count} to {path}.</source>
        <translation>Se exportaron {count} a {path}.</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>delete</source>
        <extracomment>what an audit record&apos;s action says: core&apos;s action names, and what else is recorded</extracomment>
        <translation>borrar</translation>
    </message>
    <message>
        <source>delete permanently</source>
        <translation>borrar para siempre</translation>
    </message>
    <message>
        <source>mark read</source>
        <translation>marcar como leído</translation>
    </message>
    <message>
        <source>mark unread</source>
        <translation>marcar como no leído</translation>
    </message>
    <message>
        <source>ban</source>
        <translation>expulsar</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>expulsión temporal</translation>
    </message>
    <message>
        <source>unban</source>
        <translation>readmitir</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>marcar para revisión</translation>
    </message>
    <message>
        <source>end chat</source>
        <translation>terminar el chat</translation>
    </message>
    <message>
        <source>removed on the platform</source>
        <translation>eliminado en la plataforma</translation>
    </message>
    <message>
        <source>held for review</source>
        <translation>retenido para revisión</translation>
    </message>
    <message>
        <source>done</source>
        <extracomment>how a record ended</extracomment>
        <translation>hecho</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>con error</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>deshecho</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>visto</translation>
    </message>
    <message>
        <source>released</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>descartado</translation>
    </message>
</context>
<context>
    <name>Automod</name>
    <message>
        <source>Automod review queue</source>
        <translation>Cola de revisión de Automod</translation>
    </message>
    <message>
        <source>No chat archive is kept: nothing to test.</source>
        <translation>No se guarda archivo del chat: no hay nada que probar.</translation>
    </message>
    <message>
        <source>Automod strikes are kept in memory only: {why}</source>
        <translation>Las faltas de Automod solo se guardan en memoria: {why}</translation>
    </message>
</context>
<context>
    <name>AutomodDialog</name>
    <message>
        <source>Automod rules</source>
        <translation>Reglas de Automod</translation>
    </message>
    <message>
        <source>Automod is on (checks every arriving message)</source>
        <translation>Automod activado (revisa cada mensaje que llega)</translation>
    </message>
    <message>
        <source>What the 1st, 2nd … strike does, e.g. hold, timeout 60, ban</source>
        <translation>Qué hace la 1.ª, 2.ª … falta, p. ej. hold, timeout 60, ban</translation>
    </message>
    <message>
        <source> s until a strike no longer counts</source>
        <translation> s hasta que una falta deja de contar</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Añadir regla</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>&amp;Quitar regla</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Backtest…</source>
        <translation>&amp;Prueba retrospectiva…</translation>
    </message>
    <message>
        <source>Ladder:</source>
        <translation>Escala:</translation>
    </message>
    <message>
        <source>A new rule at the end of the list</source>
        <extracomment>opens a backtest of these rules (the caller knows where the archive is)</extracomment>
        <translation>Una regla nueva al final de la lista</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>Quitar la regla seleccionada</translation>
    </message>
    <message>
        <source>Read rules from a file</source>
        <translation>Leer reglas de un archivo</translation>
    </message>
    <message>
        <source>Save these rules to a file</source>
        <translation>Guardar estas reglas en un archivo</translation>
    </message>
    <message>
        <source>Try the rules on the messages kept</source>
        <translation>Probar las reglas con los mensajes guardados</translation>
    </message>
    <message>
        <source>Off: no rule holds or acts on anything</source>
        <translation>Desactivado: ninguna regla retiene ni actúa sobre nada</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Checked rules are on; the selected one is edited beside</source>
        <translation>Las reglas marcadas están activas; la seleccionada se edita al lado</translation>
    </message>
    <message>
        <source>Strikes expire</source>
        <translation>Las faltas caducan</translation>
    </message>
    <message>
        <source>Seconds until a strike no longer counts</source>
        <translation>Segundos hasta que una falta deja de contar</translation>
    </message>
    <message>
        <source>Use these rules and close</source>
        <translation>Usar estas reglas y cerrar</translation>
    </message>
    <message>
        <source>Close without changing the rules</source>
        <translation>Cerrar sin cambiar las reglas</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nueva regla</translation>
    </message>
    <message>
        <source>Could not write {name}: {why}</source>
        <translation>No se pudo escribir {name}: {why}</translation>
    </message>
    <message>
        <source>Import automod rules</source>
        <translation>Importar reglas de Automod</translation>
    </message>
    <message>
        <source>Export automod rules</source>
        <translation>Exportar reglas de Automod</translation>
    </message>
    <message>
        <source> (dry run)</source>
        <translation> (simulación)</translation>
    </message>
</context>
<context>
    <name>AutomodGate</name>
    <message>
        <source>dry run: </source>
        <extracomment>how many messages wait in the review queue a sentence for the moderator (a rule could not act as set on some platform) the moderator decided these held messages ((stream key, message id) list, &quot;approved&quot; or &quot;denied&quot;): a team tells the others (stream key, message id) -&gt; what a rule in dry run would have done, shown on the row; forgotten when the row is trimmed, the held message denied, or the tab closed streams whose history (the first arrivals) was screened: what comes now is live</extracomment>
        <translation>simulación: </translation>
    </message>
    <message>
        <source>automod: </source>
        <translation>Automod: </translation>
    </message>
    <message>
        <source>{why}; {platform} cannot delete: hidden here only</source>
        <translation>{why}; {platform} no puede borrar: solo se oculta aquí</translation>
    </message>
    <message>
        <source>Automod rule “{rule}” could not act: {reason}</source>
        <translation>La regla de Automod «{rule}» no pudo actuar: {reason}</translation>
    </message>
</context>
<context>
    <name>AutomodReason</name>
    <message>
        <source>blocked word “{text}”</source>
        <extracomment>a :class:`~moderator.wording.Word` of this context is one of automod&apos;s reasons</extracomment>
        <translation>palabra bloqueada «{text}»</translation>
    </message>
    <message>
        <source>blocked phrase “{text}”</source>
        <translation>frase bloqueada «{text}»</translation>
    </message>
    <message>
        <source>matches “{text}”</source>
        <translation>coincide con «{text}»</translation>
    </message>
    <message>
        <source>name looks like “{text}”</source>
        <translation>el nombre se parece a «{text}»</translation>
    </message>
    <message>
        <source>link to {domain}</source>
        <translation>enlace a {domain}</translation>
    </message>
    <message>
        <source>{share} capitals</source>
        <translation>{share} de mayúsculas</translation>
    </message>
    <message>
        <source>the same message {count} times in {seconds} s</source>
        <translation>el mismo mensaje {count} veces en {seconds} s</translation>
    </message>
    <message>
        <source>the same text from {count} authors in {seconds} s</source>
        <translation>el mismo texto de {count} autores en {seconds} s</translation>
    </message>
    <message>
        <source>{count} messages in {seconds} s</source>
        <translation>{count} mensajes en {seconds} s</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} caracteres</translation>
    </message>
    <message>
        <source>a newly seen author</source>
        <translation>un autor visto por primera vez</translation>
    </message>
</context>
<context>
    <name>AvatarLabel</name>
    <message>
        <source>Picture of {name}</source>
        <extracomment>the platform badge&apos;s colours: one quiet colour for all, the name says which</extracomment>
        <translation>Imagen de {name}</translation>
    </message>
    <message>
        <source>Platform: {platform}</source>
        <translation>Plataforma: {platform}</translation>
    </message>
</context>
<context>
    <name>AvatarSettingsBox</name>
    <message>
        <source>Authors&apos; pictures</source>
        <extracomment>a host pattern: letters, digits, dots, dashes, an optional leading &quot;*.&quot; (no scheme, no path)</extracomment>
        <translation>Imágenes de los autores</translation>
    </message>
    <message>
        <source>Show authors&apos; pictures beside their names</source>
        <translation>Mostrar la imagen de los autores junto a su nombre</translation>
    </message>
    <message>
        <source>Picture hosts</source>
        <translation>Servidores de imágenes</translation>
    </message>
    <message>
        <source>Pictures are fetched only over https and only from these hosts, one provider a line. A provider left out keeps the built-in hosts shown in grey.</source>
        <translation>Las imágenes se obtienen solo por https y solo de estos servidores, un proveedor por línea. Un proveedor que no figure conserva los servidores integrados que se ven en gris.</translation>
    </message>
    <message>
        <source>Hosts pictures may come from:</source>
        <translation>Servidores de los que pueden venir las imágenes:</translation>
    </message>
    <message>
        <source>Not saved, write it as “provider: host, *.domain” with a provider of {providers}: {line}</source>
        <translation>No se guardó; escríbalo como «proveedor: host, *.dominio» con un proveedor de {providers}: {line}</translation>
    </message>
</context>
<context>
    <name>BacktestDialog</name>
    <message>
        <source>Backtest automod rules on the archive</source>
        <extracomment>runs the backtest of ``rules`` over ``span`` (in workers, in the app)</extracomment>
        <translation>Probar las reglas de Automod con el archivo</translation>
    </message>
    <message>
        <source>The last</source>
        <translation>Los últimos</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> mensajes</translation>
    </message>
    <message>
        <source>Sent from</source>
        <translation>Enviados desde</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Nothing run yet.</source>
        <translation>Aún no se ha ejecutado nada.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Caught</source>
        <translation>Detectados</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>Top authors</source>
        <translation>Autores principales</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Running… (in worker processes: the window stays usable)</source>
        <translation>En curso… (en procesos auxiliares: la ventana sigue utilizable)</translation>
    </message>
    <message>
        <source>The backtest failed: {error}</source>
        <translation>La prueba retrospectiva falló: {error}</translation>
    </message>
    <message>
        <source>{caught} of {scanned} messages caught ({rate:.1f} per hour) in {seconds:.1f} s.</source>
        <translation>{caught} de {scanned} mensajes detectados ({rate:.1f} por hora) en {seconds:.1f} s.</translation>
    </message>
</context>
<context>
    <name>BatchBar</name>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the items not sent yet (Ctrl+.)</source>
        <translation>Detener lo que aún no se ha enviado (Ctrl+.)</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Reintentar fallidos</translation>
    </message>
    <message>
        <source>Try the failed items again (Ctrl+Shift+R)</source>
        <translation>Reintentar los elementos fallidos (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>Acción masiva</translation>
    </message>
    <message>
        <source>Bulk action progress</source>
        <translation>Progreso de la acción masiva</translation>
    </message>
    <message>
        <source>Messages done</source>
        <translation>Mensajes hechos</translation>
    </message>
    <message>
        <source>Dismiss the bulk action summary</source>
        <translation>Descartar el resumen de la acción masiva</translation>
    </message>
    <message>
        <source>{doing} — cancelling…</source>
        <translation>{doing} — cancelando…</translation>
    </message>
</context>
<context>
    <name>BrowserPanel</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>Capability</name>
    <message>
        <source>Sending messages</source>
        <translation>Envío de mensajes</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <source>Read state on the platform</source>
        <translation>Estado de lectura en la plataforma</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Banear</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Expulsión temporal</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>Quitar baneo</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>Marcar para revisión</translation>
    </message>
    <message>
        <source>End chat</source>
        <translation>Finalizar chat</translation>
    </message>
    <message>
        <source>Realtime updates</source>
        <translation>Actualizaciones en tiempo real</translation>
    </message>
    <message>
        <source>A reason with a ban</source>
        <translation>Un motivo con el baneo</translation>
    </message>
</context>
<context>
    <name>CodePanel</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Enviar código</translation>
    </message>
    <message>
        <source>the code from the e-mail</source>
        <translation>el código del correo</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>When</source>
        <extracomment>rows the dock shows; the exports hold everything</extracomment>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Transmisión</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: error: {message}</translation>
    </message>
    <message>
        <source>argument {argument}: {problem}</source>
        <translation>opción {argument}: {problem}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {words}</source>
        <extracomment>argparse&apos;s messages (Python 3.11) and ours for each, with the same {names}</extracomment>
        <translation>argumentos no reconocidos: {words}</translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>opción no válida: {value} (elija entre {choices})</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>not a number: {value}</source>
        <translation>no es un número: {value}</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could mean {matches}</source>
        <translation>opción ambigua: {option} puede ser {matches}</translation>
    </message>
    <message>
        <source>this option takes no value: {value}</source>
        <translation>esta opción no admite valor: {value}</translation>
    </message>
    <message>
        <source>usage:</source>
        <translation>uso:</translation>
    </message>
    <message>
        <source>Moderate live-stream chats on several platforms.</source>
        <translation>Modere los chats de directos en varias plataformas.</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>N</source>
        <translation>NÚM</translation>
    </message>
    <message>
        <source>show this help and quit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>run against the built-in fake providers</source>
        <translation>ejecutar con las plataformas simuladas incluidas</translation>
    </message>
    <message>
        <source>keep settings, data and logs under {dir}</source>
        <translation>guardar ajustes, datos y registros en {dir}</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>quit after this long (smoke tests)</source>
        <translation>salir pasado este tiempo (pruebas de humo)</translation>
    </message>
    <message>
        <source>MSGS_PER_S</source>
        <translation>MENS_POR_S</translation>
    </message>
    <message>
        <source>demo chat speed per stream</source>
        <translation>velocidad del chat de demostración por emisión</translation>
    </message>
    <message>
        <source>demo messages already in each stream (PRISM replays all; others get 2,000 at most)</source>
        <translation>mensajes de demostración ya presentes en cada emisión (PRISM los reproduce todos; las demás reciben 2.000 como máximo)</translation>
    </message>
    <message>
        <source>demo PRISM lives (one tab each, beside the other fakes&apos; streams)</source>
        <translation>directos PRISM de demostración (una pestaña cada uno, junto a las emisiones de las otras plataformas simuladas)</translation>
    </message>
    <message>
        <source>messages kept in memory per tab (default: the setting); older ones go to the archive</source>
        <translation>mensajes guardados en memoria por pestaña (por defecto: el ajuste); los más antiguos van al archivo</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>the language of this run: en, tr, ko, de or es (default: the setting, else the OS)</source>
        <translation>el idioma de esta ejecución: en, tr, ko, de o es (por defecto: el ajuste, si no el del sistema)</translation>
    </message>
    <message>
        <source>how much goes into the log file</source>
        <translation>cuánto se escribe en el archivo de registro</translation>
    </message>
    <message>
        <source>show the version and quit</source>
        <translation>mostrar la versión y salir</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Ban an author of this chat</source>
        <translation>Banear a un autor de este chat</translation>
    </message>
    <message>
        <source>Time an author out</source>
        <translation>Expulsar temporalmente a un autor</translation>
    </message>
    <message>
        <source>Unban an author of this chat</source>
        <translation>Quitar el baneo a un autor de este chat</translation>
    </message>
    <message>
        <source>Delete the selected messages</source>
        <translation>Borrar los mensajes seleccionados</translation>
    </message>
    <message>
        <source>Clear this tab&apos;s view (not the platform&apos;s chat)</source>
        <translation>Vaciar la vista de esta pestaña (no el chat de la plataforma)</translation>
    </message>
    <message>
        <source>List the commands</source>
        <translation>Mostrar los comandos</translation>
    </message>
    <message>
        <source>Usage: {usage}</source>
        <translation>Uso: {usage}</translation>
    </message>
    <message>
        <source>There is no command /{command}: nothing was sent. Type /help for the commands, or start the line with // to send it as chat.</source>
        <translation>No existe el comando /{command}: no se envió nada. Escriba /help para ver los comandos, o empiece la línea con // para enviarla como chat.</translation>
    </message>
    <message>
        <source>There is no command /{command}: nothing was sent. Did you mean /{suggestion}? Type /help for the commands, or start the line with // to send it as chat.</source>
        <translation>No existe el comando /{command}: no se envió nada. ¿Quería decir /{suggestion}? Escriba /help para ver los comandos, o empiece la línea con // para enviarla como chat.</translation>
    </message>
    <message>
        <source>“{word}” is not a duration: write 30s, 10m, 1h or 1d (at most 28 days).</source>
        <translation>«{word}» no es una duración: escriba 30s, 10m, 1h o 1d (como máximo 28 días).</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect a stream</source>
        <extracomment>Test connection finished: (worked, sentence) a sign-in step finished: (worked, sentence)</extracomment>
        <translation>Conectar una transmisión</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Configuración de la conexión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plataforma:</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first.</source>
        <translation>Corrija primero los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message numerus="yes">
        <source>Connected to {platform}: “{title}” is live; the first read brought %Ln message(s).</source>
        <translation>
            <numerusform>Conectado a {platform}: «{title}» está en directo; la primera lectura trajo %Ln mensaje.</numerusform>
            <numerusform>Conectado a {platform}: «{title}» está en directo; la primera lectura trajo %Ln mensajes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to {platform}: “{title}” is not live right now; the first read brought %Ln message(s).</source>
        <translation>
            <numerusform>Conectado a {platform}: «{title}» no está en directo ahora; la primera lectura trajo %Ln mensaje.</numerusform>
            <numerusform>Conectado a {platform}: «{title}» no está en directo ahora; la primera lectura trajo %Ln mensajes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>Esperando el inicio de sesión en el navegador…</translation>
    </message>
    <message>
        <source>Type the e-mail address to send the code to.</source>
        <translation>Escriba la dirección de correo a la que enviar el código.</translation>
    </message>
    <message>
        <source>Sending a code to {email}…</source>
        <translation>Enviando un código a {email}…</translation>
    </message>
    <message>
        <source>A code is on its way to {email}. Type it and press Sign in.</source>
        <translation>Se ha enviado un código a {email}. Escríbalo y pulse Iniciar sesión.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Comprobando el código…</translation>
    </message>
    <message>
        <source>Signed in: the tokens are filled in. Test the connection or connect.</source>
        <translation>Sesión iniciada: los tokens están rellenados. Pruebe la conexión o conéctese.</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>This line was written by Moderator, not sent on the platform.</source>
        <translation>Esta línea la escribió Moderator; no se envió en la plataforma.</translation>
    </message>
    <message>
        <source>An action on this message is still in progress.</source>
        <translation>Todavía hay una acción en curso sobre este mensaje.</translation>
    </message>
    <message>
        <source>System messages have no author to act on.</source>
        <translation>Los mensajes del sistema no tienen autor sobre el que actuar.</translation>
    </message>
    <message>
        <source>This message is already deleted.</source>
        <translation>Este mensaje ya está eliminado.</translation>
    </message>
    <message>
        <source>This message is already read.</source>
        <translation>Este mensaje ya está leído.</translation>
    </message>
    <message>
        <source>This message is not read yet.</source>
        <translation>Este mensaje aún no está leído.</translation>
    </message>
    <message>
        <source>This message belongs to no chat that could be ended.</source>
        <translation>Este mensaje no pertenece a ningún chat que se pueda finalizar.</translation>
    </message>
    <message>
        <source>This platform does not offer it.</source>
        <translation>Esta plataforma no lo ofrece.</translation>
    </message>
    <message>
        <source>The queued action lost its message.</source>
        <translation>La acción en cola perdió su mensaje.</translation>
    </message>
    <message>
        <source>Timeout author…</source>
        <translation>Expulsar temporalmente al autor…</translation>
    </message>
    <message>
        <source>Ban author…</source>
        <translation>Banear al autor…</translation>
    </message>
    <message>
        <source>Deny + timeout…</source>
        <translation>Rechazar + expulsión temporal…</translation>
    </message>
    <message>
        <source>Deny + ban…</source>
        <translation>Rechazar + banear…</translation>
    </message>
    <message>
        <source>Automod &amp;rules…</source>
        <translation>&amp;Reglas de Automod…</translation>
    </message>
    <message>
        <source>Seconds to wait for the platform to answer.</source>
        <translation>Segundos de espera a que responda la plataforma.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>The stream is not on air.</source>
        <translation>La transmisión no está en el aire.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>The stream has ended.</source>
        <translation>La transmisión ha terminado.</translation>
    </message>
    <message>
        <source>Already deleted by {moderator}.</source>
        <translation>Ya lo borró {moderator}.</translation>
    </message>
    <message>
        <source>Already flagged by {moderator}.</source>
        <translation>Ya lo marcó {moderator}.</translation>
    </message>
    <message>
        <source>This is the demo: sign-ins are kept for this session only.</source>
        <translation>Esto es la demo: los inicios de sesión se guardan solo en esta sesión.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha salido mal</translation>
    </message>
    <message>
        <source>Moderator keeps running; your streams stay connected.</source>
        <translation>Moderator sigue funcionando; sus transmisiones siguen conectadas.</translation>
    </message>
    <message>
        <source>The log has the details: {path}</source>
        <translation>Los detalles están en el registro: {path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Error inesperado: {error}</translation>
    </message>
</context>
<context>
    <name>CrossStreams</name>
    <message>
        <source>No archive is kept: open tabs only.</source>
        <extracomment>the authors the moderator linked; kept only while the app runs unless given a store the moderator&apos;s notes on authors, and the views&apos; buttons and note chips short lines a user card shows about its author (automod adds the strikes)</extracomment>
        <translation>No se guarda archivo: solo pestañas abiertas.</translation>
    </message>
    <message>
        <source>{platform} · {stream} (closed)</source>
        <translation>{platform} · {stream} (cerrada)</translation>
    </message>
    <message>
        <source>Select a message to see its author&apos;s card.</source>
        <translation>Seleccione un mensaje para ver la ficha de su autor.</translation>
    </message>
    <message>
        <source>All streams</source>
        <translation>Todas las transmisiones</translation>
    </message>
    <message>
        <source>Export the chat archive</source>
        <translation>Exportar el archivo del chat</translation>
    </message>
    <message>
        <source>Exporting the chat to {path}…</source>
        <translation>Exportando el chat a {path}…</translation>
    </message>
    <message>
        <source>The chat archive could not be exported: {error}.</source>
        <translation>No se pudo exportar el archivo del chat: {error}.</translation>
    </message>
    <message>
        <source>Exported {count} to {path}.</source>
        <translation>Se exportaron {count} a {path}.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <source>10 min</source>
        <translation>10 min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No streams connected</source>
        <translation>No hay transmisiones conectadas</translation>
    </message>
    <message>
        <source>Connect the chat of a live stream to start moderating it. Streams you connect come back by themselves the next time you start Moderator.</source>
        <translation>Conecte el chat de una transmisión en directo para empezar a moderarlo. Las transmisiones que conecte vuelven solas la próxima vez que inicie Moderator.</translation>
    </message>
    <message>
        <source>Connect a stream…</source>
        <translation>Conectar una transmisión…</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation>CSV, para hojas de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines, for scripts (*.jsonl)</source>
        <translation>JSON Lines, para scripts (*.jsonl)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter by text…</source>
        <extracomment>typing pauses this long before the rows are filtered again (one pass over them)</extracomment>
        <translation>Filtrar por texto…</translation>
    </message>
    <message>
        <source>Author…</source>
        <translation>Autor…</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Solo no leídos</translation>
    </message>
    <message>
        <source>Has links</source>
        <translation>Con enlaces</translation>
    </message>
    <message>
        <source>Clear the filter and close (Esc)</source>
        <translation>Borrar el filtro y cerrar (Esc)</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>Filtrar mensajes</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Filtrar por texto</translation>
    </message>
    <message>
        <source>Show only messages containing this text</source>
        <translation>Mostrar solo los mensajes que contienen este texto</translation>
    </message>
    <message>
        <source>Filter by author</source>
        <translation>Filtrar por autor</translation>
    </message>
    <message>
        <source>Show only messages by this author</source>
        <translation>Mostrar solo los mensajes de este autor</translation>
    </message>
    <message>
        <source>Show only unread messages</source>
        <translation>Mostrar solo los mensajes no leídos</translation>
    </message>
    <message>
        <source>Show only messages with a link</source>
        <translation>Mostrar solo los mensajes con un enlace</translation>
    </message>
    <message>
        <source>Messages shown</source>
        <translation>Mensajes mostrados</translation>
    </message>
    <message>
        <source>Clear the filter and close</source>
        <translation>Borrar el filtro y cerrar</translation>
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
        <translation>Se espera un número entero.</translation>
    </message>
    <message>
        <source>A number is expected.</source>
        <translation>Se espera un número.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>Esta no es una dirección web válida.</translation>
    </message>
    <message>
        <source>Too short (at least {min_length}).</source>
        <translation>Demasiado corto (al menos {min_length}).</translation>
    </message>
    <message>
        <source>Too long (at most {max_length}).</source>
        <translation>Demasiado largo (como máximo {max_length}).</translation>
    </message>
    <message>
        <source>This is not in the expected form.</source>
        <translation>No tiene la forma esperada.</translation>
    </message>
    <message>
        <source>Text is expected.</source>
        <translation>Se espera un texto.</translation>
    </message>
    <message>
        <source>Yes or no is expected.</source>
        <translation>Se espera sí o no.</translation>
    </message>
    <message>
        <source>Must be more than {gt}.</source>
        <translation>Debe ser mayor que {gt}.</translation>
    </message>
    <message>
        <source>Must be at least {ge}.</source>
        <translation>Debe ser al menos {ge}.</translation>
    </message>
    <message>
        <source>Must be less than {lt}.</source>
        <translation>Debe ser menor que {lt}.</translation>
    </message>
    <message>
        <source>Must be at most {le}.</source>
        <translation>Debe ser como máximo {le}.</translation>
    </message>
    <message>
        <source>Choose one of the offered values.</source>
        <translation>Elija uno de los valores ofrecidos.</translation>
    </message>
    <message>
        <source>This field is not known.</source>
        <translation>Este campo no se conoce.</translation>
    </message>
    <message>
        <source>This value is not accepted.</source>
        <translation>Este valor no se acepta.</translation>
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
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <source>optional</source>
        <extracomment>words a field name spells in lower case that a label should not</extracomment>
        <translation>opcional</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>{field} (optional):</source>
        <translation>{field} (opcional):</translation>
    </message>
</context>
<context>
    <name>HeldCounts</name>
    <message numerus="yes">
        <source>%Ln delete(s)</source>
        <translation>
            <numerusform>%Ln eliminación</numerusform>
            <numerusform>%Ln eliminaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln permanent delete(s)</source>
        <translation>
            <numerusform>%Ln eliminación definitiva</numerusform>
            <numerusform>%Ln eliminaciones definitivas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ban(s)</source>
        <translation>
            <numerusform>%Ln baneo</numerusform>
            <numerusform>%Ln baneos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln timeout(s)</source>
        <translation>
            <numerusform>%Ln expulsión temporal</numerusform>
            <numerusform>%Ln expulsiones temporales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… y %Ln más</numerusform>
            <numerusform>… y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} was waiting for the undo delay in “{stream}” ({platform}) when Moderator closed. Send it now, or discard it?</source>
        <translation>{what} esperaba el plazo para deshacer en «{stream}» ({platform}) cuando Moderator se cerró. ¿Enviarlo ahora o descartarlo?</translation>
    </message>
    <message>
        <source>{what} were waiting for the undo delay in “{stream}” ({platform}) when Moderator closed. Send them now, or discard them?</source>
        <translation>{what} esperaban el plazo para deshacer en «{stream}» ({platform}) cuando Moderator se cerró. ¿Enviarlos ahora o descartarlos?</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} y {last}</translation>
    </message>
    <message>
        <source>Send now</source>
        <extracomment>how many of the messages the question lists by name the answers (their labels, translated where they are asked)</extracomment>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Ask me next time</source>
        <translation>Preguntarme la próxima vez</translation>
    </message>
</context>
<context>
    <name>Inline</name>
    <message>
        <source>Del</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Del!</source>
        <translation>Borrar!</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leído</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Banear</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>Desbanear</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>InlineSection</name>
    <message>
        <source>Buttons on each message</source>
        <extracomment>the actions a row button makes sense for (reading is the list&apos;s own business) check boxes a line</extracomment>
        <translation>Botones en cada mensaje</translation>
    </message>
    <message>
        <source>Under the pointer</source>
        <translation>Bajo el puntero</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Buttons:</source>
        <translation>Botones:</translation>
    </message>
    <message>
        <source>Timeout button:</source>
        <translation>Botón de expulsión temporal:</translation>
    </message>
</context>
<context>
    <name>Keymap</name>
    <message>
        <source>On the selected messages (a tab, All streams, search results, user card)</source>
        <translation>En los mensajes seleccionados (pestaña, Todas las transmisiones, resultados, ficha de usuario)</translation>
    </message>
    <message>
        <source>In a stream tab</source>
        <translation>En una pestaña de transmisión</translation>
    </message>
    <message>
        <source>In the message list</source>
        <translation>En la lista de mensajes</translation>
    </message>
    <message>
        <source>In the send box</source>
        <translation>En el cuadro de envío</translation>
    </message>
    <message>
        <source>In the filter bar</source>
        <translation>En la barra de filtro</translation>
    </message>
    <message>
        <source>In a dialog</source>
        <translation>En un diálogo</translation>
    </message>
    <message>
        <source>In the automod review queue</source>
        <translation>En la cola de revisión de Automod</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete (struck through, kept visible)</source>
        <translation>Eliminar (tachado, sigue visible)</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marcar como leído</translation>
    </message>
    <message>
        <source>Mark as read (kept on this computer where needed)</source>
        <translation>Marcar como leído (guardado en este equipo si hace falta)</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Marcar como no leído</translation>
    </message>
    <message>
        <source>Timeout author…</source>
        <translation>Expulsar temporalmente al autor…</translation>
    </message>
    <message>
        <source>Time the author out (presets, a reason)</source>
        <translation>Expulsar temporalmente al autor (duraciones, un motivo)</translation>
    </message>
    <message>
        <source>Ban author…</source>
        <translation>Banear al autor…</translation>
    </message>
    <message>
        <source>Ban the author</source>
        <translation>Banear al autor</translation>
    </message>
    <message>
        <source>Unban author</source>
        <translation>Quitar baneo al autor</translation>
    </message>
    <message>
        <source>Unban the author</source>
        <translation>Quitar el baneo al autor</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>Marcar para revisión</translation>
    </message>
    <message>
        <source>End this chat</source>
        <translation>Finalizar este chat</translation>
    </message>
    <message>
        <source>End the chat (LivePerson)</source>
        <translation>Finalizar el chat (LivePerson)</translation>
    </message>
    <message>
        <source>Mark read up to here</source>
        <translation>Marcar como leído hasta aquí</translation>
    </message>
    <message>
        <source>Next unread</source>
        <translation>Siguiente no leído</translation>
    </message>
    <message>
        <source>Select the next unread message</source>
        <translation>Seleccionar el siguiente mensaje no leído</translation>
    </message>
    <message>
        <source>Next by author</source>
        <translation>Siguiente del autor</translation>
    </message>
    <message>
        <source>Next message by the same author</source>
        <translation>Siguiente mensaje del mismo autor</translation>
    </message>
    <message>
        <source>Previous by author</source>
        <translation>Anterior del autor</translation>
    </message>
    <message>
        <source>Previous message by the same author</source>
        <translation>Mensaje anterior del mismo autor</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Filter: text, author, unread only, links</source>
        <translation>Filtrar: texto, autor, solo no leídos, enlaces</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last delete or ban while its toast shows</source>
        <translation>Deshacer la última eliminación o baneo mientras se ve su aviso</translation>
    </message>
    <message>
        <source>Cancel bulk action</source>
        <translation>Cancelar acción masiva</translation>
    </message>
    <message>
        <source>Cancel the rest of a bulk action</source>
        <translation>Cancelar el resto de una acción masiva</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Reintentar fallidos</translation>
    </message>
    <message>
        <source>Retry what failed in a bulk action</source>
        <translation>Reintentar lo que falló en una acción masiva</translation>
    </message>
    <message>
        <source>Go to the send box</source>
        <translation>Ir al cuadro de envío</translation>
    </message>
    <message>
        <source>I&apos;m on it</source>
        <translation>Me encargo yo</translation>
    </message>
    <message>
        <source>Claim the message for the team, or let it go (team workspace)</source>
        <translation>Encargarse del mensaje para el equipo o soltarlo (espacio de trabajo del equipo)</translation>
    </message>
    <message>
        <source>I&apos;m on this author</source>
        <translation>Me encargo de este autor</translation>
    </message>
    <message>
        <source>Claim the message&apos;s author for the team, or let them go (team workspace)</source>
        <translation>Encargarse del autor del mensaje para el equipo o soltarlo (espacio de trabajo del equipo)</translation>
    </message>
    <message>
        <source>Previous / next message</source>
        <translation>Mensaje anterior / siguiente</translation>
    </message>
    <message>
        <source>Extend the selection</source>
        <translation>Ampliar la selección</translation>
    </message>
    <message>
        <source>A screen up / down</source>
        <translation>Una pantalla arriba / abajo</translation>
    </message>
    <message>
        <source>Oldest message / newest (and follow the chat)</source>
        <translation>Mensaje más antiguo / más reciente (y seguir el chat)</translation>
    </message>
    <message>
        <source>Select every message</source>
        <translation>Seleccionar todos los mensajes</translation>
    </message>
    <message>
        <source>Open the context menu</source>
        <translation>Abrir el menú contextual</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Earlier / later sent messages</source>
        <translation>Mensajes enviados antes / después</translation>
    </message>
    <message>
        <source>Clear the filter and close the bar</source>
        <translation>Borrar el filtro y cerrar la barra</translation>
    </message>
    <message>
        <source>Confirm / cancel</source>
        <translation>Confirmar / cancelar</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Approve: show the held message in its tab</source>
        <translation>Aprobar: mostrar el mensaje retenido en su pestaña</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Deny: delete it where the platform can</source>
        <translation>Rechazar: borrarlo donde la plataforma lo permita</translation>
    </message>
    <message>
        <source>Deny + timeout…</source>
        <translation>Rechazar + expulsión temporal…</translation>
    </message>
    <message>
        <source>Deny, then time the author out</source>
        <translation>Rechazar y luego expulsar temporalmente al autor</translation>
    </message>
    <message>
        <source>Deny + ban…</source>
        <translation>Rechazar + banear…</translation>
    </message>
    <message>
        <source>Deny, then ban the author</source>
        <translation>Rechazar y luego banear al autor</translation>
    </message>
    <message>
        <source>Automod &amp;review queue</source>
        <translation>Cola de &amp;revisión de Automod</translation>
    </message>
    <message>
        <source>Automod review queue</source>
        <translation>Cola de revisión de Automod</translation>
    </message>
    <message>
        <source>Automod &amp;rules…</source>
        <translation>&amp;Reglas de Automod…</translation>
    </message>
    <message>
        <source>Automod rules</source>
        <translation>Reglas de Automod</translation>
    </message>
    <message>
        <source>&amp;Connect a stream…</source>
        <translation>&amp;Conectar una transmisión…</translation>
    </message>
    <message>
        <source>Connect a stream</source>
        <translation>Conectar una transmisión</translation>
    </message>
    <message>
        <source>Close &amp;tab</source>
        <translation>Cerrar &amp;pestaña</translation>
    </message>
    <message>
        <source>Close the tab</source>
        <translation>Cerrar la pestaña</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>Pestaña &amp;siguiente</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Pestaña siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>Pestaña &amp;anterior</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Pestaña anterior</translation>
    </message>
    <message>
        <source>&amp;Search all streams…</source>
        <translation>&amp;Buscar en todas las transmisiones…</translation>
    </message>
    <message>
        <source>Search every stream and archive</source>
        <translation>Buscar en todas las transmisiones y el archivo</translation>
    </message>
    <message>
        <source>&amp;User card of the selected author</source>
        <translation>&amp;Ficha de usuario del autor seleccionado</translation>
    </message>
    <message>
        <source>User card</source>
        <translation>Ficha de usuario</translation>
    </message>
    <message>
        <source>&amp;All streams tab</source>
        <translation>Pestaña &amp;Todas las transmisiones</translation>
    </message>
    <message>
        <source>All streams tab</source>
        <translation>Pestaña Todas las transmisiones</translation>
    </message>
    <message>
        <source>Audit &amp;log</source>
        <translation>&amp;Registro de auditoría</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Larger chat text (every list)</source>
        <translation>Texto del chat más grande (todas las listas)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>Smaller chat text (every list)</source>
        <translation>Texto del chat más pequeño (todas las listas)</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <source>Chat text at its normal size</source>
        <translation>Texto del chat a tamaño normal</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Every shortcut on one page</source>
        <translation>Todos los atajos en una página</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>the languages shipped, by code, each named in its own language (never translated)</extracomment>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Streams</source>
        <extracomment>how long the status bar shows a message of each level (ms) the moderator closed the window (or the app was asked to quit) Streams → Connect a stream… (or the empty state&apos;s button) the moderator closed a tab (its widget): nothing is asked, nothing is lost Edit → Search all streams… Edit → User card of the selected message&apos;s author View → All streams tab, checked or not File → Export chat… in this format (&quot;csv&quot; or &quot;jsonl&quot;)</extracomment>
        <translation>Transmisiones</translation>
    </message>
    <message>
        <source>Something in a message could not be shown; the app kept running. Help → About names the log file.</source>
        <translation>Algo de un mensaje no se pudo mostrar; la aplicación siguió funcionando. Ayuda → Acerca de indica el archivo de registro.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Acerca de {app}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Chat as &amp;CSV…</source>
        <translation>Chat como &amp;CSV…</translation>
    </message>
    <message>
        <source>Chat as &amp;JSON Lines…</source>
        <translation>Chat como &amp;JSON Lines…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>No chat archive is kept in this session.</source>
        <translation>En esta sesión no se guarda archivo del chat.</translation>
    </message>
    <message>
        <source>Audit log as C&amp;SV…</source>
        <translation>Registro de auditoría como C&amp;SV…</translation>
    </message>
    <message>
        <source>Audit log as JSON &amp;Lines…</source>
        <translation>Registro de auditoría como JSON &amp;Lines…</translation>
    </message>
    <message>
        <source>&amp;Streams</source>
        <translation>&amp;Transmisiones</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Moderate live-stream chats on several platforms from one window.</source>
        <translation>Modere los chats de transmisiones en directo de varias plataformas desde una sola ventana.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Archivo de registro: {path}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>✎ note</source>
        <extracomment>behind a highlighted row: a warm tint that reads on light and dark themes alike before a name that imitates a moderator&apos;s, the streamer&apos;s or the moderator&apos;s own the chip of a banned or timed-out author (white text on it reads at 6.5:1) the chip of an author the moderator wrote a note on; the note is its tooltip</extracomment>
        <translation>✎ nota</translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <source>⚠ looks like {name}, but is another account</source>
        <extracomment>rows admitted in one turn of the GUI loop at most (inserting and measuring ~500 rows stays around a millisecond); a longer queue goes on in the next turn the pause before the next share of a long queue: Qt 6 runs a 0 ms timer before any other, 1 ms lets input, paint and the network have their turn in between the ChatMessage behind a row a batch of rows was appended (first, last) the oldest rows left the model (a list of ChatMessage, oldest first) how many chat lines are neither read nor deleted, when that number changed rows whose state changed: a list of (before, after) messages (announced to screen readers) kept up to date on every change, so asking costs nothing at 100k rows the id of the newest read row: the last-read line is drawn below it the names of this stream&apos;s staff, and the authors whose names imitate them the platform&apos;s name for a stream key, as a row&apos;s accessible text says it</extracomment>
        <translation>⚠ parece {name}, pero es otra cuenta</translation>
    </message>
    <message>
        <source>Removed on the platform by someone else, not by you</source>
        <translation>Eliminado en la plataforma por otra persona, no por usted</translation>
    </message>
    <message>
        <source>removed on the platform</source>
        <translation>eliminado en la plataforma</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
</context>
<context>
    <name>MessageTableModel</name>
    <message>
        <source>deleted</source>
        <extracomment>how many of them are still only in the open tabs, not yet in the archive the archive could not be searched (none attached): a sentence saying so, or &quot;&quot; a stream key&apos;s platform for the rows&apos; accessible text (default: the stream&apos;s name)</extracomment>
        <translation>eliminado</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Chat messages</source>
        <extracomment>how close to the end still counts as &quot;at the bottom&quot; rows inserted or trimmed are measured this much later, in a turn of their own, and painted as much later again: Qt 6 runs a 0 ms timer before any other, so 1 ms lets the GUI answer between the insert, the measuring and the paint the moderator scrolled to the very top: older messages may be wanted the list stopped or started following the chat (True: paused) rows went in or out in this turn and the rows in sight are not measured yet the paint was put off once for the measuring turn (never twice: a busy chat paints)</extracomment>
        <translation>Mensajes del chat</translation>
    </message>
</context>
<context>
    <name>ModerationLines</name>
    <message>
        <source>{name} was banned by you</source>
        <translation>Usted baneó a {name}</translation>
    </message>
    <message>
        <source>{name} was banned by {who}</source>
        <translation>{who} baneó a {name}</translation>
    </message>
    <message>
        <source>{name} was unbanned by you</source>
        <translation>Usted quitó el baneo a {name}</translation>
    </message>
    <message>
        <source>{name} was unbanned by {who}</source>
        <translation>{who} quitó el baneo a {name}</translation>
    </message>
    <message>
        <source>{name} was timed out for {duration} by you</source>
        <translation>Usted expulsó temporalmente a {name} durante {duration}</translation>
    </message>
    <message>
        <source>{name} was timed out for {duration} by {who}</source>
        <translation>{who} expulsó temporalmente a {name} durante {duration}</translation>
    </message>
</context>
<context>
    <name>NewMessagesPill</name>
    <message>
        <source>Jump to the newest message and follow the chat again (End)</source>
        <extracomment>the first row that arrived since the list paused (None: nothing new)</extracomment>
        <translation>Ir al mensaje más reciente y volver a seguir el chat (Fin)</translation>
    </message>
    <message>
        <source>New messages below</source>
        <translation>Mensajes nuevos abajo</translation>
    </message>
</context>
<context>
    <name>NoteBox</name>
    <message>
        <source>Your note on this author</source>
        <extracomment>the note was saved (or removed)</extracomment>
        <translation>Su nota sobre este autor</translation>
    </message>
    <message>
        <source>Shown on this card and as a ✎ chip on their rows; shared with your team if you have one.</source>
        <translation>Se muestra en esta ficha y como marca ✎ en sus filas; se comparte con su equipo si tiene uno.</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <source>Written by {moderator}.</source>
        <translation>Escrita por {moderator}.</translation>
    </message>
    <message>
        <source>{moderator} changed this note meanwhile; saving replaces it.</source>
        <translation>{moderator} cambió esta nota mientras tanto; al guardar se reemplaza.</translation>
    </message>
    <message>
        <source>The note could not be saved ({error}); it is still in the box.</source>
        <translation>No se pudo guardar la nota ({error}); sigue en el cuadro.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardada.</translation>
    </message>
    <message>
        <source>Note removed.</source>
        <translation>Nota eliminada.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <extracomment>each level&apos;s colour: errors and warnings red as before, news blue; the text is made to read (4.5:1) on the theme&apos;s window, the bar&apos;s background is a tint of it how much of the level&apos;s colour the bar&apos;s background takes</extracomment>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>PeopleBox</name>
    <message>
        <source>The same person elsewhere?</source>
        <extracomment>how many messages of a name the suggestions look at</extracomment>
        <translation>¿La misma persona en otro sitio?</translation>
    </message>
    <message>
        <source>Linked</source>
        <extracomment>the author -&gt; its Link or Unlink button the author -&gt; its sentence</extracomment>
        <translation>Vinculado</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Possibly the same person</source>
        <translation>Posiblemente la misma persona</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>{what}: {name} on {where} ({count})</source>
        <translation>{what}: {name} en {where} ({count})</translation>
    </message>
    <message>
        <source>Show their messages and actions on this card, also after a restart.</source>
        <translation>Mostrar sus mensajes y acciones en esta ficha, también tras reiniciar.</translation>
    </message>
    <message>
        <source>Take them off this card: they are someone else.</source>
        <translation>Quitarlo de esta ficha: es otra persona.</translation>
    </message>
    <message>
        <source>No one of this name in the other streams.</source>
        <translation>No hay nadie con este nombre en las otras transmisiones.</translation>
    </message>
</context>
<context>
    <name>PickAuthor</name>
    <message>
        <source>Which author?</source>
        <extracomment>how much of an author&apos;s last message the list shows</extracomment>
        <translation>¿Qué autor?</translation>
    </message>
    <message>
        <source>Several authors of this chat go by “{name}”. Which one did you mean?</source>
        <translation>Varios autores de este chat se llaman «{name}». ¿A cuál se refería?</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>Sign in through the browser with your partner client id and secret, or paste tokens you already have.</source>
        <translation>Inicie sesión en el navegador con su ID y secreto de cliente de socio, o pegue los tokens que ya tenga.</translation>
    </message>
    <message>
        <source>PRISM deletes in one step; it has no permanent delete.</source>
        <translation>PRISM elimina en un solo paso; no tiene eliminación definitiva.</translation>
    </message>
    <message>
        <source>PRISM keeps no read flag; read state is kept on this computer.</source>
        <translation>PRISM no guarda marca de lectura; el estado de lectura se guarda en este equipo.</translation>
    </message>
    <message>
        <source>PRISM has no flag-for-review endpoint.</source>
        <translation>PRISM no tiene endpoint para marcar para revisión.</translation>
    </message>
    <message>
        <source>A PRISM chat ends with its live, not from here.</source>
        <translation>Un chat de PRISM termina con su directo, no desde aquí.</translation>
    </message>
    <message>
        <source>PRISM chat is read by polling about every 5 seconds.</source>
        <translation>El chat de PRISM se lee consultando cada 5 segundos aproximadamente.</translation>
    </message>
    <message>
        <source>Sign in with PRISM in the browser…</source>
        <translation>Iniciar sesión con PRISM en el navegador…</translation>
    </message>
    <message>
        <source>Fill in the base URL, client ID and client secret below first. Your browser opens PRISM&apos;s sign-in page; the tokens come back here by themselves.</source>
        <translation>Rellene primero abajo la URL base, el ID de cliente y el secreto de cliente. El navegador abre la página de inicio de sesión de PRISM; los tokens vuelven aquí solos.</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Tiempo de espera de la solicitud</translation>
    </message>
    <message>
        <source>Seconds to wait for the platform to answer.</source>
        <translation>Segundos de espera a que responda la plataforma.</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>The PRISM B2B API address your partner account was given.</source>
        <translation>La dirección de la API B2B de PRISM asignada a su cuenta de socio.</translation>
    </message>
    <message>
        <source>Live ID</source>
        <translation>ID del directo</translation>
    </message>
    <message>
        <source>The live whose chat to moderate.</source>
        <translation>El directo cuyo chat se va a moderar.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>OAuth access token (x-prism-access-token).</source>
        <translation>Token de acceso OAuth (x-prism-access-token).</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Token de actualización</translation>
    </message>
    <message>
        <source>Refresh token, to renew the access token.</source>
        <translation>Token de actualización, para renovar el token de acceso.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Partner client id, needed to refresh tokens.</source>
        <translation>ID de cliente de socio, necesario para renovar los tokens.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Partner client secret.</source>
        <translation>Secreto de cliente de socio.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Tab title; the live&apos;s title when empty.</source>
        <translation>Título de la pestaña; si está vacío, el título del directo.</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>URL de autorización</translation>
    </message>
    <message>
        <source>Browser sign-in page; empty: {base_url}/prism/v1/service/oauth2/authorize (not documented by PRISM: an inference).</source>
        <translation>Página de inicio de sesión en el navegador; si está vacía: {base_url}/prism/v1/service/oauth2/authorize (PRISM no lo documenta: una deducción).</translation>
    </message>
    <message>
        <source>Sign in with a code Allmine e-mails you, then name the live stream.</source>
        <translation>Inicie sesión con un código que Allmine le envía por correo y luego indique la transmisión en directo.</translation>
    </message>
    <message>
        <source>Allmine has no endpoint to delete a chat message.</source>
        <translation>Allmine no tiene endpoint para eliminar un mensaje del chat.</translation>
    </message>
    <message>
        <source>Allmine has no read flag for chat messages; read state is kept on this computer.</source>
        <translation>Allmine no tiene marca de lectura para los mensajes del chat; el estado de lectura se guarda en este equipo.</translation>
    </message>
    <message>
        <source>Allmine has no moderator ban endpoint; a user can only block another user for themselves.</source>
        <translation>Allmine no tiene endpoint de baneo para moderadores; un usuario solo puede bloquear a otro para sí mismo.</translation>
    </message>
    <message>
        <source>Allmine has no endpoint to report a chat message.</source>
        <translation>Allmine no tiene endpoint para denunciar un mensaje del chat.</translation>
    </message>
    <message>
        <source>Allmine has no endpoint to end a chat; it ends with the stream.</source>
        <translation>Allmine no tiene endpoint para finalizar un chat; termina con la transmisión.</translation>
    </message>
    <message>
        <source>Allmine documents no realtime endpoint; its chat is polled.</source>
        <translation>Allmine no documenta ningún endpoint en tiempo real; su chat se consulta periódicamente.</translation>
    </message>
    <message>
        <source>Type your e-mail address and press Send code, then type the code from the e-mail and press Sign in: the tokens are filled in below.</source>
        <translation>Escriba su dirección de correo y pulse Enviar código; luego escriba el código del correo y pulse Iniciar sesión: los tokens se rellenan abajo.</translation>
    </message>
    <message>
        <source>The Allmine API address (no public default; the docs only show example.com).</source>
        <translation>La dirección de la API de Allmine (sin valor público por defecto; la documentación solo muestra example.com).</translation>
    </message>
    <message>
        <source>Live stream ID</source>
        <translation>ID de la transmisión en directo</translation>
    </message>
    <message>
        <source>The live stream whose chat to moderate (its 24-hex streamId).</source>
        <translation>La transmisión en directo cuyo chat se va a moderar (su streamId de 24 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>JWT access token, sent as a Bearer token.</source>
        <translation>Token de acceso JWT, enviado como token Bearer.</translation>
    </message>
    <message>
        <source>Refresh token, to renew the access token when it expires.</source>
        <translation>Token de actualización, para renovar el token de acceso cuando caduque.</translation>
    </message>
    <message>
        <source>Page order</source>
        <translation>Orden de las páginas</translation>
    </message>
    <message>
        <source>Which end of the chat the first page holds; auto tells it from the dates.</source>
        <translation>Qué extremo del chat contiene la primera página; auto lo deduce de las fechas.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Tamaño de página</translation>
    </message>
    <message>
        <source>Messages per request (1 to 100).</source>
        <translation>Mensajes por solicitud (de 1 a 100).</translation>
    </message>
    <message>
        <source>Tab title; &apos;Allmine stream &lt;id&gt;&apos; when empty.</source>
        <translation>Título de la pestaña; si está vacío, &apos;Allmine stream &lt;id&gt;&apos;.</translation>
    </message>
    <message>
        <source>Use an API client id and secret from the IBM Video dashboard.</source>
        <translation>Use un ID y un secreto de cliente de API del panel de IBM Video.</translation>
    </message>
    <message>
        <source>IBM Video has one chat room per channel; there is no chat to end.</source>
        <translation>IBM Video tiene una sala de chat por canal; no hay chat que finalizar.</translation>
    </message>
    <message>
        <source>This channel&apos;s Stream Chat settings turn read events off, so read state is kept on this computer.</source>
        <translation>La configuración de Stream Chat de este canal desactiva los eventos de lectura, así que el estado de lectura se guarda en este equipo.</translation>
    </message>
    <message>
        <source>Channel ID</source>
        <translation>ID del canal</translation>
    </message>
    <message>
        <source>The IBM Video channel whose chat to moderate.</source>
        <translation>El canal de IBM Video cuyo chat se va a moderar.</translation>
    </message>
    <message>
        <source>API client id from the IBM Video dashboard.</source>
        <translation>ID de cliente de API del panel de IBM Video.</translation>
    </message>
    <message>
        <source>API client secret (sent as HTTP Basic).</source>
        <translation>Secreto de cliente de API (enviado como HTTP Basic).</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL base de la API</translation>
    </message>
    <message>
        <source>IBM Video API address.</source>
        <translation>Dirección de la API de IBM Video.</translation>
    </message>
    <message>
        <source>Token base URL</source>
        <translation>URL base de tokens</translation>
    </message>
    <message>
        <source>Where the OAuth token endpoint (/oauth2/token) lives.</source>
        <translation>Dónde está el endpoint de tokens OAuth (/oauth2/token).</translation>
    </message>
    <message>
        <source>Refresh token from an earlier sign-in; client credentials are used without.</source>
        <translation>Token de actualización de un inicio de sesión anterior; sin él se usan las credenciales del cliente.</translation>
    </message>
    <message>
        <source>Tab title; &apos;IBM Video channel …&apos; when empty.</source>
        <translation>Título de la pestaña; si está vacío, &apos;IBM Video channel …&apos;.</translation>
    </message>
    <message>
        <source>Use the site&apos;s address and an API key; Test connection checks the key.</source>
        <translation>Use la dirección del sitio y una clave de API; Probar conexión comprueba la clave.</translation>
    </message>
    <message>
        <source>Brilliant Directories has a single delete, which already removes the message.</source>
        <translation>Brilliant Directories tiene una única eliminación, que ya borra el mensaje.</translation>
    </message>
    <message>
        <source>Brilliant Directories chat has no way to ban a site visitor.</source>
        <translation>El chat de Brilliant Directories no permite banear a un visitante del sitio.</translation>
    </message>
    <message>
        <source>Brilliant Directories chat has no timeouts.</source>
        <translation>El chat de Brilliant Directories no tiene expulsiones temporales.</translation>
    </message>
    <message>
        <source>Brilliant Directories chat bans no one, so there is nothing to lift.</source>
        <translation>El chat de Brilliant Directories no banea a nadie, así que no hay nada que quitar.</translation>
    </message>
    <message>
        <source>Brilliant Directories has no flag-for-review for chat messages.</source>
        <translation>Brilliant Directories no permite marcar mensajes del chat para revisión.</translation>
    </message>
    <message>
        <source>The API cannot close a chat thread; close it in the site&apos;s admin panel.</source>
        <translation>La API no puede cerrar un hilo de chat; ciérrelo en el panel de administración del sitio.</translation>
    </message>
    <message>
        <source>Brilliant Directories chat is read by polling about every 5 s.</source>
        <translation>El chat de Brilliant Directories se lee consultando cada 5 s aproximadamente.</translation>
    </message>
    <message>
        <source>Site URL</source>
        <translation>URL del sitio</translation>
    </message>
    <message>
        <source>The directory website, e.g. https://www.yourdomain.com.</source>
        <translation>El sitio web del directorio, p. ej. https://www.yourdomain.com.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>API key from the site&apos;s Admin Panel, Developer Hub → Generate API Key.</source>
        <translation>Clave de API del panel de administración del sitio: Developer Hub → Generate API Key.</translation>
    </message>
    <message>
        <source>Owner token</source>
        <translation>Token del propietario</translation>
    </message>
    <message>
        <source>The message_owner token your replies are written as (the site owner&apos;s).</source>
        <translation>El token message_owner con el que se escriben sus respuestas (el del propietario del sitio).</translation>
    </message>
    <message>
        <source>Thread token</source>
        <translation>Token del hilo</translation>
    </message>
    <message>
        <source>Moderate only this chat thread; empty for every thread.</source>
        <translation>Moderar solo este hilo de chat; vacío para todos los hilos.</translation>
    </message>
    <message>
        <source>Reply thread</source>
        <translation>Hilo de respuesta</translation>
    </message>
    <message>
        <source>Thread your messages go to; empty: the thread a visitor wrote in last.</source>
        <translation>Hilo al que van sus mensajes; vacío: el último hilo en que escribió un visitante.</translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>The site&apos;s time zone: created_at carries none (an inference: site-local).</source>
        <translation>La zona horaria del sitio: created_at no lleva ninguna (una deducción: hora local del sitio).</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Solicitudes por minuto</translation>
    </message>
    <message>
        <source>The key&apos;s rate limit as set in the Admin Panel (100 unless raised).</source>
        <translation>El límite de solicitudes de la clave según el panel de administración (100 si no se ha aumentado).</translation>
    </message>
    <message>
        <source>Tab title; the site&apos;s name when empty.</source>
        <translation>Título de la pestaña; si está vacío, el nombre del sitio.</translation>
    </message>
    <message>
        <source>Sign in as an agent: account number, user name and password.</source>
        <translation>Inicie sesión como agente: número de cuenta, nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <source>The legacy Chat Agent API cannot delete a visitor&apos;s line.</source>
        <translation>La antigua API Chat Agent no puede eliminar una línea de un visitante.</translation>
    </message>
    <message>
        <source>LivePerson keeps no read flag; read state is kept on this computer.</source>
        <translation>LivePerson no guarda marca de lectura; el estado de lectura se guarda en este equipo.</translation>
    </message>
    <message>
        <source>LivePerson offers no ban for visitors; end the chat instead.</source>
        <translation>LivePerson no ofrece baneo para visitantes; finalice el chat en su lugar.</translation>
    </message>
    <message>
        <source>LivePerson offers no timeout for visitors; end the chat instead.</source>
        <translation>LivePerson no ofrece expulsión temporal para visitantes; finalice el chat en su lugar.</translation>
    </message>
    <message>
        <source>LivePerson has no bans to lift.</source>
        <translation>LivePerson no tiene baneos que quitar.</translation>
    </message>
    <message>
        <source>The legacy Chat Agent API has no flag-for-review.</source>
        <translation>La antigua API Chat Agent no permite marcar para revisión.</translation>
    </message>
    <message>
        <source>The legacy Chat Agent API is read by polling every few seconds.</source>
        <translation>La antigua API Chat Agent se lee consultando cada pocos segundos.</translation>
    </message>
    <message>
        <source>Your account&apos;s LivePerson server, e.g. https://sales.liveperson.net.</source>
        <translation>El servidor de LivePerson de su cuenta, p. ej. https://sales.liveperson.net.</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID de cuenta</translation>
    </message>
    <message>
        <source>The LivePerson account (site) number.</source>
        <translation>El número de cuenta (sitio) de LivePerson.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>The agent&apos;s login name.</source>
        <translation>El nombre de inicio de sesión del agente.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The agent&apos;s password.</source>
        <translation>La contraseña del agente.</translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation>Intervalo de consulta</translation>
    </message>
    <message>
        <source>Seconds between two polls; LivePerson allows no less than 2.</source>
        <translation>Segundos entre dos consultas; LivePerson no permite menos de 2.</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Intervalo de renovación</translation>
    </message>
    <message>
        <source>Seconds between session refreshes; LivePerson asks for every few minutes.</source>
        <translation>Segundos entre renovaciones de sesión; LivePerson las pide cada pocos minutos.</translation>
    </message>
    <message>
        <source>Tab title; made from the user name when empty.</source>
        <translation>Título de la pestaña; si está vacío, se forma con el nombre de usuario.</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>{name}&apos;s message</source>
        <translation>el mensaje de {name}</translation>
    </message>
    <message>
        <source>Delete {what} on {platform} permanently? This cannot be undone.</source>
        <translation>¿Eliminar definitivamente {what} en {platform}? No se puede deshacer.</translation>
    </message>
    <message>
        <source>{action} {what} on {platform}?</source>
        <translation>¿{action}: {what} en {platform}?</translation>
    </message>
    <message>
        <source>{authors} ({names})</source>
        <translation>{authors} ({names})</translation>
    </message>
    <message>
        <source>Time out {who} on {platform} for {length}?</source>
        <translation>¿Expulsar temporalmente a {who} en {platform} durante {length}?</translation>
    </message>
    <message>
        <source>Unban {who} on {platform}?</source>
        <translation>¿Quitar el baneo a {who} en {platform}?</translation>
    </message>
    <message>
        <source>Ban {who} on {platform} permanently?</source>
        <translation>¿Banear permanentemente a {who} en {platform}?</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} y %Ln más</numerusform>
            <numerusform>{names} y %Ln más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestrictDialog</name>
    <message>
        <source>Ban author</source>
        <extracomment>button ids beyond the presets&apos; indexes (a QButtonGroup id of -1 means &quot;pick one for me&quot;) a typed command&apos;s duration that is neither a preset nor whole minutes (&quot;30s&quot;)</extracomment>
        <translation>Banear al autor</translation>
    </message>
    <message>
        <source>Time out author</source>
        <translation>Expulsar temporalmente al autor</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Ban</source>
        <extracomment>says why the reason field is off, where the platform takes none</extracomment>
        <translation>Banear</translation>
    </message>
    <message>
        <source>Custom:</source>
        <translation>Personalizado:</translation>
    </message>
    <message>
        <source>Permanent ban</source>
        <translation>Baneo permanente</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>{platform} does not offer this.</source>
        <translation>{platform} no ofrece esto.</translation>
    </message>
    <message>
        <source>Sent to {platform} with the ban (optional)</source>
        <translation>Se envía a {platform} con el baneo (opcional)</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No se envía</translation>
    </message>
    <message>
        <source>{platform} takes no reason with a ban: nothing would be sent.</source>
        <translation>{platform} no admite motivo con el baneo: no se enviaría nada.</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>Expulsar temporalmente</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Transmisión</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Messages held for review</source>
        <translation>Mensajes retenidos para revisión</translation>
    </message>
    <message>
        <source>Newest first; A approves, D denies the selected messages</source>
        <translation>Los más recientes primero; A aprueba y D rechaza los mensajes seleccionados</translation>
    </message>
</context>
<context>
    <name>RowAnnouncer</name>
    <message>
        <source>Removed on the platform</source>
        <extracomment>up to this many changed rows are named one by one; more are counted</extracomment>
        <translation>Eliminado en la plataforma</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <source>How the rule is named in the list and the audit log</source>
        <translation>Cómo se llama la regla en la lista y en el registro de auditoría</translation>
    </message>
    <message>
        <source>What the rule looks for in a message</source>
        <translation>Qué busca la regla en un mensaje</translation>
    </message>
    <message>
        <source>What happens to a message the rule catches</source>
        <translation>Qué pasa con un mensaje que la regla atrapa</translation>
    </message>
    <message>
        <source>How long the author is timed out</source>
        <translation>Cuánto tiempo se silencia al autor</translation>
    </message>
    <message>
        <source>Only enabled rules check messages</source>
        <translation>Solo las reglas activadas revisan mensajes</translation>
    </message>
    <message>
        <source>Mark the messages it would catch, do nothing</source>
        <translation>Marcar los mensajes que atraparía, sin hacer nada</translation>
    </message>
    <message>
        <source>Every stream, one platform, or one stream</source>
        <translation>Todas las transmisiones, una plataforma o una transmisión</translation>
    </message>
    <message>
        <source>The platform or stream the rule applies to</source>
        <translation>La plataforma o transmisión a la que se aplica la regla</translation>
    </message>
    <message>
        <source>One word or phrase a line</source>
        <translation>Una palabra o frase por línea</translation>
    </message>
    <message>
        <source>A message matching it is caught</source>
        <translation>Se atrapa un mensaje que coincida</translation>
    </message>
    <message>
        <source>Links to these sites are let through</source>
        <translation>Los enlaces a estos sitios se dejan pasar</translation>
    </message>
    <message>
        <source>Caught above this share of capital letters</source>
        <translation>Se atrapa por encima de esta proporción de mayúsculas</translation>
    </message>
    <message>
        <source>Shorter messages are never caught for capitals</source>
        <translation>Los mensajes más cortos nunca se atrapan por mayúsculas</translation>
    </message>
    <message>
        <source>Messages from one author that count as a flood</source>
        <translation>Mensajes de un autor que cuentan como inundación</translation>
    </message>
    <message>
        <source>The time those messages must fall within</source>
        <translation>El tiempo en el que deben caer esos mensajes</translation>
    </message>
    <message>
        <source>How many of a new author&apos;s messages count</source>
        <translation>Cuántos mensajes de un autor nuevo cuentan</translation>
    </message>
    <message>
        <source>Names others may not pass themselves off as</source>
        <translation>Nombres que otros no pueden suplantar</translation>
    </message>
    <message>
        <source>Longer messages are caught</source>
        <translation>Se atrapan los mensajes más largos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Dry run: only mark what it would do</source>
        <translation>Simulación: solo marcar lo que haría</translation>
    </message>
    <message>
        <source>prism, or prism:1001</source>
        <translation>prism o prism:1001</translation>
    </message>
    <message>
        <source>one word or phrase a line</source>
        <translation>una palabra o frase por línea</translation>
    </message>
    <message>
        <source>youtube.com, twitch.tv</source>
        <translation>youtube.com, twitch.tv</translation>
    </message>
    <message>
        <source>Streamer, ModSquad Lead</source>
        <translation>Streamer, Líder de ModSquad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Expulsión temporal</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <source>Platform or stream</source>
        <translation>Plataforma o transmisión</translation>
    </message>
    <message>
        <source>Words and phrases</source>
        <translation>Palabras y frases</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expresión regular</translation>
    </message>
    <message>
        <source>Allowed domains</source>
        <translation>Dominios permitidos</translation>
    </message>
    <message>
        <source>Share of capitals</source>
        <translation>Proporción de mayúsculas</translation>
    </message>
    <message>
        <source>At least letters</source>
        <translation>Letras como mínimo</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Cuántos</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>En</translation>
    </message>
    <message>
        <source>First messages</source>
        <translation>Primeros mensajes</translation>
    </message>
    <message>
        <source>Protected names</source>
        <translation>Nombres protegidos</translation>
    </message>
    <message>
        <source>Longer than (characters)</source>
        <translation>Más largo que (caracteres)</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>regla</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Capitals</source>
        <translation>Mayúsculas</translation>
    </message>
    <message>
        <source>Repeated message</source>
        <translation>Mensaje repetido</translation>
    </message>
    <message>
        <source>Raid (same text, many authors)</source>
        <translation>Raid (mismo texto, muchos autores)</translation>
    </message>
    <message>
        <source>Flood (many messages)</source>
        <translation>Flood (muchos mensajes)</translation>
    </message>
    <message>
        <source>New author</source>
        <translation>Autor nuevo</translation>
    </message>
    <message>
        <source>Look-alike name</source>
        <translation>Nombre parecido</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Resaltar</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <source>Hold for review</source>
        <translation>Retener para revisión</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>Expulsar temporalmente</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Banear</translation>
    </message>
    <message>
        <source>Strike (the ladder decides)</source>
        <translation>Falta (decide la escala)</translation>
    </message>
    <message>
        <source>All streams</source>
        <translation>Todas las transmisiones</translation>
    </message>
    <message>
        <source>One platform</source>
        <translation>Una plataforma</translation>
    </message>
    <message>
        <source>One stream</source>
        <translation>Una transmisión</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search all streams</source>
        <translation>Buscar en todas las transmisiones</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>words or part of a word, any case</source>
        <translation>palabras o parte de una palabra, sin distinguir mayúsculas</translation>
    </message>
    <message>
        <source>part of the name</source>
        <translation>parte del nombre</translation>
    </message>
    <message>
        <source>Every platform</source>
        <translation>Todas las plataformas</translation>
    </message>
    <message>
        <source>Text &amp;contains</source>
        <translation>El texto &amp;contiene</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Autor</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plataforma</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>%1 date and time</source>
        <translation>%1: fecha y hora</translation>
    </message>
    <message>
        <source> (the newest shown; narrow the search for others)</source>
        <translation> (se muestran los más recientes; acote la búsqueda para ver otros)</translation>
    </message>
    <message>
        <source>{found}{more}: {in_tabs} still in open tabs, {archived} from the archive.</source>
        <translation>{found}{more}: {in_tabs} aún en pestañas abiertas, {archived} del archivo.</translation>
    </message>
    <message>
        <source>User card of {name}…</source>
        <translation>Ficha de usuario de {name}…</translation>
    </message>
</context>
<context>
    <name>SendBox</name>
    <message>
        <source>Completions</source>
        <extracomment>keys that change the word being completed without typing a character commands whose first argument is an author&apos;s name keys the completion popup answers itself; the line must not act on them too where Up / Down are in the history; len(history) is the line being typed the chat&apos;s authors&apos; names, newest speaker first (the tab sets it) the completion list (kept typed here: the completer owns it)</extracomment>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Enter or Tab takes the highlighted word</source>
        <translation>Intro o Tab toma la palabra resaltada</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Time to take back a delete or ban before it is sent; 0 turns it off.</source>
        <translation>Tiempo para deshacer una eliminación o un baneo antes de enviarlo; 0 lo desactiva.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off (act at once)</source>
        <translation>Desactivado (actuar al momento)</translation>
    </message>
    <message>
        <source>Show a notification when a highlight word appears</source>
        <translation>Avisar cuando aparezca una palabra destacada</translation>
    </message>
    <message>
        <source> messages per tab</source>
        <translation> mensajes por pestaña</translation>
    </message>
    <message>
        <source>One word or phrase a line</source>
        <translation>Una palabra o frase por línea</translation>
    </message>
    <message>
        <source>Passphrase that unlocks the file</source>
        <translation>Frase de contraseña que desbloquea el archivo</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Used from the next start of Moderator.</source>
        <translation>Se aplica a partir del próximo inicio de Moderator.</translation>
    </message>
    <message>
        <source>Undo delay:</source>
        <translation>Plazo para deshacer:</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Notificaciones:</translation>
    </message>
    <message>
        <source>Keep in memory:</source>
        <translation>Mantener en memoria:</translation>
    </message>
    <message>
        <source>Highlight words:</source>
        <translation>Palabras destacadas:</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Inicios de sesión</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Where sign-ins are kept</source>
        <translation>Dónde se guardan los inicios de sesión</translation>
    </message>
    <message>
        <source>The system keyring</source>
        <translation>El llavero del sistema</translation>
    </message>
    <message>
        <source>The system keyring (none found)</source>
        <translation>El llavero del sistema (no se encontró)</translation>
    </message>
    <message>
        <source>An encrypted file, unlocked with a passphrase</source>
        <translation>Un archivo cifrado, desbloqueado con una frase de contraseña</translation>
    </message>
    <message>
        <source>This session only: sign in again after every start</source>
        <translation>Solo esta sesión: volver a iniciar sesión en cada arranque</translation>
    </message>
    <message>
        <source>In use now: {store}.</source>
        <translation>En uso ahora: {store}.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the encrypted file.</source>
        <translation>Elija una frase de contraseña para el archivo cifrado.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>(section, keys, what it does)</extracomment>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Keys on messages work where the message list has the focus.</source>
        <translation>Las teclas de mensajes funcionan cuando la lista de mensajes tiene el foco.</translation>
    </message>
</context>
<context>
    <name>SignInAgainTab</name>
    <message>
        <source>Sign in again…</source>
        <translation>Volver a iniciar sesión…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Connecting</source>
        <extracomment>each status&apos;s word, translated where it is shown</extracomment>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Reintentando</translation>
    </message>
    <message>
        <source>Rate-limited</source>
        <translation>Limitado por frecuencia</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>{status}, next try in {seconds} s</source>
        <translation>{status}, próximo intento en {seconds} s</translation>
    </message>
    <message>
        <source>{status}, trying again in {seconds} s</source>
        <translation>{status}, se reintenta en {seconds} s</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the system keyring</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>memory only: secrets are forgotten when Moderator quits</source>
        <translation>solo en memoria: los secretos se olvidan al cerrar Moderator</translation>
    </message>
    <message>
        <source>an encrypted file, unlocked with your passphrase</source>
        <translation>un archivo cifrado, desbloqueado con su frase de contraseña</translation>
    </message>
</context>
<context>
    <name>StreamController</name>
    <message>
        <source>Not sent: {reason}</source>
        <extracomment>a sentence for the moderator: an action failed, a send was refused … how many actions wait in the outbox for the platform to be reachable again messages that just arrived and mention a highlight word or the moderator&apos;s name the words or names to highlight changed (the list repaints with them) an action on this stream&apos;s messages moved on (an item finished, a batch ended) how many raw messages could not be read at all since the session started the stream&apos;s rows below Qt; the model is its adapter, and its id index is also the session&apos;s duplicate filter (one index per stream, not two) texts sent lately: their echo tells the moderator&apos;s name on this platform what arrived that a send may wait for, seen before the model&apos;s batch queue when what waits in the outbox goes out (core decides; this only shows it) automod&apos;s look at arrivals before the tab sees them: returns what the tab shows</extracomment>
        <translation>No enviado: {reason}</translation>
    </message>
    <message>
        <source>Something went wrong: {error}. See the log.</source>
        <translation>Algo ha salido mal: {error}. Consulte el registro.</translation>
    </message>
</context>
<context>
    <name>StreamTab</name>
    <message>
        <source>Stopped</source>
        <extracomment>unread chat lines in this tab, when the number changed (tab text, window title) the platform signed the moderator out and they want to sign in again</extracomment>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>⏸ Paused</source>
        <translation>⏸ En pausa</translation>
    </message>
    <message>
        <source>The list stays put while the pointer is on it or you read above</source>
        <translation>La lista no se mueve mientras el puntero está encima o lee más arriba</translation>
    </message>
    <message>
        <source>They are in the log, with secrets left out.</source>
        <translation>Están en el registro, sin los secretos.</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Volver a iniciar sesión…</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>what the app tells the moderator about this stream (the message bridge routes it)</extracomment>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Sending is not available: {reason}</source>
        <extracomment>what a command typed in the send box answers (&quot;No one called …&quot;, the /help list) the delete / timeout / ban buttons on the rows, asking through the same presenter</extracomment>
        <translation>No se puede enviar: {reason}</translation>
    </message>
    <message>
        <source>Send a message to {platform}… (Enter; Up for earlier ones; /help)</source>
        <translation>Enviar un mensaje a {platform}… (Intro; Arriba para los anteriores; /help)</translation>
    </message>
    <message>
        <source>last message {time}</source>
        <translation>último mensaje {time}</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Descartar el aviso</translation>
    </message>
    <message>
        <source>Message to send</source>
        <translation>Mensaje para enviar</translation>
    </message>
    <message>
        <source>Send the message to the chat (Enter)</source>
        <translation>Enviar el mensaje al chat (Intro)</translation>
    </message>
    <message>
        <source>Up and Down move between messages; the Menu key lists what you can do</source>
        <translation>Arriba y Abajo se mueven entre mensajes; la tecla Menú muestra lo que puede hacer</translation>
    </message>
</context>
<context>
    <name>TabActions</name>
    <message>
        <source>Select the message to mark read up to.</source>
        <extracomment>how far Ctrl+Up / Ctrl+Down look for the same author before giving up</extracomment>
        <translation>Seleccione el mensaje hasta el que marcar como leído.</translation>
    </message>
    <message>
        <source>No unread messages below.</source>
        <translation>No hay mensajes no leídos más abajo.</translation>
    </message>
    <message>
        <source>No other message by this author nearby.</source>
        <translation>No hay otro mensaje de este autor cerca.</translation>
    </message>
    <message>
        <source>Undone: nothing was sent.</source>
        <translation>Deshecho: no se envió nada.</translation>
    </message>
</context>
<context>
    <name>TabCommands</name>
    <message>
        <source>Commands:</source>
        <extracomment>the newest messages completion takes names from (a command resolves against all of them) shows the command&apos;s answer (an error, the help) next to the send box the question open now, or the last one (tests answer it)</extracomment>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>/{command} is not available on {platform}: {reason}</source>
        <translation>/{command} no está disponible en {platform}: {reason}</translation>
    </message>
    <message>
        <source>Select the messages in the list first, then type /delete.</source>
        <translation>Seleccione primero los mensajes en la lista y luego escriba /delete.</translation>
    </message>
    <message>
        <source>Nobody called “{name}” has written in this chat: nothing was done.</source>
        <translation>Nadie llamado «{name}» ha escrito en este chat: no se hizo nada.</translation>
    </message>
    <message>
        <source>Cleared this tab&apos;s view. Nothing was deleted on {platform}.</source>
        <translation>Se vació la vista de esta pestaña. No se borró nada en {platform}.</translation>
    </message>
</context>
<context>
    <name>TeamBox</name>
    <message>
        <source>Team workspace</source>
        <translation>Espacio de trabajo del equipo</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Leave the URL empty to moderate alone. Moderators sharing one database see each other&apos;s actions, claims and notes. Applies at the next start.</source>
        <translation>Deje la URL vacía para moderar solo. Los moderadores que comparten una base de datos ven las acciones, los mensajes asumidos y las notas de los demás. Se aplica en el próximo inicio.</translation>
    </message>
    <message>
        <source>Database URL:</source>
        <translation>URL de la base de datos:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
</context>
<context>
    <name>TeamLink</name>
    <message>
        <source>you are on it</source>
        <extracomment>how often expired claims are looked for</extracomment>
        <translation>usted se encarga</translation>
    </message>
    <message>
        <source>%1 is on it</source>
        <translation>%1 se encarga</translation>
    </message>
    <message>
        <source>you are on this author</source>
        <translation>usted se encarga de este autor</translation>
    </message>
    <message>
        <source>%1 is on this author</source>
        <translation>%1 se encarga de este autor</translation>
    </message>
    <message>
        <source>Team: online</source>
        <extracomment>a record from the team, carried onto the GUI thread&apos;s turn of the loop</extracomment>
        <translation>Equipo: en línea</translation>
    </message>
    <message>
        <source>Team: offline</source>
        <translation>Equipo: sin conexión</translation>
    </message>
</context>
<context>
    <name>TeamShare</name>
    <message>
        <source>Automod rules from {moderator} could not be used here; yours stay.</source>
        <extracomment>the last sentence said in the review queue about another moderator&apos;s decision</extracomment>
        <translation>Las reglas de Automod de {moderator} no se pudieron usar aquí; se mantienen las suyas.</translation>
    </message>
    <message>
        <source>Automod rules updated by {moderator}.</source>
        <translation>{moderator} actualizó las reglas de Automod.</translation>
    </message>
    <message>
        <source>Already approved by {moderator}.</source>
        <translation>Ya aprobado por {moderator}.</translation>
    </message>
    <message>
        <source>Already denied by {moderator}.</source>
        <translation>Ya rechazado por {moderator}.</translation>
    </message>
    <message>
        <source>Approved by {moderator}.</source>
        <translation>Aprobado por {moderator}.</translation>
    </message>
    <message>
        <source>Denied by {moderator}.</source>
        <translation>Rechazado por {moderator}.</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>time unknown</source>
        <translation>hora desconocida</translation>
    </message>
</context>
<context>
    <name>UndoToast</name>
    <message>
        <source>Deleting {what} on {platform}</source>
        <translation>Eliminando {what} en {platform}</translation>
    </message>
    <message>
        <source>Permanently deleting {what} on {platform}</source>
        <translation>Eliminando definitivamente {what} en {platform}</translation>
    </message>
    <message>
        <source>Banning {what} on {platform}</source>
        <translation>Baneando a {what} en {platform}</translation>
    </message>
    <message>
        <source>Timing out {what} on {platform}</source>
        <translation>Expulsando temporalmente a {what} en {platform}</translation>
    </message>
    <message>
        <source>{name}&apos;s message</source>
        <translation>el mensaje de {name}</translation>
    </message>
    <message>
        <source>{doing} for {duration}</source>
        <translation>{doing} durante {duration}</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Take it back: nothing has been sent yet (Ctrl+Z)</source>
        <translation>Deshacer: aún no se ha enviado nada (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Do not wait for the undo delay</source>
        <translation>No esperar el plazo para deshacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>An action waits for the undo delay</source>
        <translation>Una acción espera el plazo para deshacer</translation>
    </message>
    <message>
        <source>Waiting action</source>
        <translation>Acción en espera</translation>
    </message>
    <message>
        <source>%1: held for %2 s, Ctrl+Z takes it back</source>
        <translation>%1: en espera %2 s, Ctrl+Z lo deshace</translation>
    </message>
    <message>
        <source>{doing} in {left} s…</source>
        <translation>{doing} en {left} s…</translation>
    </message>
</context>
<context>
    <name>UserCard</name>
    <message>
        <source>Timeout…</source>
        <extracomment>the messages a card shows, newest first</extracomment>
        <translation>Expulsión temporal…</translation>
    </message>
    <message>
        <source>Ban…</source>
        <translation>Banear…</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>Quitar baneo</translation>
    </message>
    <message>
        <source>User card: {name}</source>
        <extracomment>the moderator saved or removed their note on this author why each stream&apos;s author actions are refused, in the platform&apos;s words the batches whose outcome the card has told (by id)</extracomment>
        <translation>Ficha de usuario: {name}</translation>
    </message>
    <message>
        <source>Recent messages of {name}</source>
        <extracomment>(stream key, action) -&gt; its button, enabled where the platform allows it what this moderator knows of the author&apos;s ban or timeout, stream by stream</extracomment>
        <translation>Mensajes recientes de {name}</translation>
    </message>
    <message>
        <source>⚠ This name looks like {name}, but it is another account.</source>
        <extracomment>every name this author id wrote under here, the newest first</extracomment>
        <translation>⚠ Este nombre parece {name}, pero es otra cuenta.</translation>
    </message>
    <message>
        <source>Also wrote here as: {names}</source>
        <translation>También escribió aquí como: {names}</translation>
    </message>
    <message>
        <source>Seen on {platforms}: {count}</source>
        <translation>Visto en {platforms}: {count}</translation>
    </message>
    <message>
        <source>no stream</source>
        <translation>ninguna transmisión</translation>
    </message>
    <message>
        <source> (the newest shown)</source>
        <translation> (se muestran los más recientes)</translation>
    </message>
    <message>
        <source>The link could not be saved ({error}); nothing changed.</source>
        <translation>No se pudo guardar el vínculo ({error}); no cambió nada.</translation>
    </message>
    <message>
        <source>Actions, stream by stream</source>
        <translation>Acciones, transmisión por transmisión</translation>
    </message>
    <message>
        <source>No message of theirs here to act on.</source>
        <translation>Aquí no hay ningún mensaje suyo sobre el que actuar.</translation>
    </message>
</context>
<context>
    <name>WholeMessage</name>
    <message>
        <source>Show whole message</source>
        <translation>Mostrar el mensaje completo</translation>
    </message>
    <message>
        <source>Message from {name}</source>
        <translation>Mensaje de {name}</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %Ln character(s)</source>
        <translation>
            <numerusform>{name}: %Ln carácter</numerusform>
            <numerusform>{name}: %Ln caracteres</numerusform>
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
        <translation>durante {duration}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>motivo: {reason}</translation>
    </message>
    <message>
        <source>{count} of {total} {state}</source>
        <translation>{count} de {total}: {state}</translation>
    </message>
    <message>
        <source>{error}: {reason}</source>
        <translation>{error}: {reason}</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>borrados</translation>
    </message>
    <message>
        <source>deleted permanently</source>
        <translation>borrados para siempre</translation>
    </message>
    <message>
        <source>marked read</source>
        <translation>marcados como leídos</translation>
    </message>
    <message>
        <source>marked unread</source>
        <translation>marcados como no leídos</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>expulsados</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>expulsados temporalmente</translation>
    </message>
    <message>
        <source>unbanned</source>
        <translation>readmitidos</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>marcados para revisión</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminados</translation>
    </message>
    <message>
        <source>{count} failed: {reason}</source>
        <translation>con error: {count}: {reason}</translation>
    </message>
    <message>
        <source>{count} {past} on this computer</source>
        <translation>{past} en este ordenador: {count}</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>No hay nada que hacer.</translation>
    </message>
    <message>
        <source>{first}, {then}</source>
        <translation>{first}, {then}</translation>
    </message>
    <message>
        <source>{count} failed: {reason} (and {others} other reasons)</source>
        <translation>con error: {count}: {reason} (y otros {others} motivos)</translation>
    </message>
    <message>
        <source>{count} {past}</source>
        <translation>{past}: {count}</translation>
    </message>
    <message>
        <source>{count} wait for the connection</source>
        <translation>esperando la conexión: {count}</translation>
    </message>
    <message>
        <source>{count} cancelled</source>
        <translation>cancelados: {count}</translation>
    </message>
    <message>
        <source>{count} undone</source>
        <translation>deshechos: {count}</translation>
    </message>
    <message>
        <source>{problem}. Moderator asks again at the next start.</source>
        <translation>{problem}. Moderator volverá a preguntar en el próximo inicio.</translation>
    </message>
    <message>
        <source>{reason}; retrying. Nothing is lost.</source>
        <translation>{reason}; se vuelve a intentar. No se pierde nada.</translation>
    </message>
    <message>
        <source>It goes out when the connection is back.</source>
        <translation>Se enviará cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>{count} messages</source>
        <translation>{count} mensajes</translation>
    </message>
    <message>
        <source>{platform} is unreachable ({error}) and {problem}; retrying. Nothing is lost: the {action} stays pending here.</source>
        <translation>No se puede contactar con {platform} ({error}) y {problem}; se vuelve a intentar. No se pierde nada: la acción «{action}» queda pendiente aquí.</translation>
    </message>
    <message>
        <source>{platform} is unreachable ({error}) The {action} waits and goes out when the connection is back.</source>
        <translation>No se puede contactar con {platform} ({error}). La acción «{action}» espera y se enviará cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>automod: {rule}</source>
        <translation>moderación automática: {rule}</translation>
    </message>
    <message>
        <source>Not sent yet: {reason} {later}</source>
        <translation>Aún no enviado: {reason} {later}</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>No enviado: {reason}</translation>
    </message>
    <message>
        <source>Signed out: {reason} Sign in again.</source>
        <translation>Sesión cerrada: {reason} Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>⚠ {platform} keeps sending the same page of chat; reading it every {seconds} s until it moves on.</source>
        <translation>⚠ {platform} sigue enviando la misma página del chat; se lee cada {seconds} s hasta que avance.</translation>
    </message>
    <message>
        <source>Connection lost: {reason}</source>
        <translation>Conexión perdida: {reason}</translation>
    </message>
    <message>
        <source>Unexpected error: {kind}. Details are in the log.</source>
        <translation>Error inesperado: {kind}. Los detalles están en el registro.</translation>
    </message>
    <message>
        <source>{problem}; retrying. Nothing is lost: it stays pending here.</source>
        <translation>{problem}; se vuelve a intentar. No se pierde nada: queda pendiente aquí.</translation>
    </message>
    <message>
        <source>Saved to disk again: nothing was lost.</source>
        <translation>Guardado de nuevo en disco: no se perdió nada.</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>borrar</translation>
    </message>
    <message>
        <source>delete permanently</source>
        <translation>borrar para siempre</translation>
    </message>
    <message>
        <source>mark read</source>
        <translation>marcar como leído</translation>
    </message>
    <message>
        <source>mark unread</source>
        <translation>marcar como no leído</translation>
    </message>
    <message>
        <source>ban</source>
        <translation>expulsar</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>expulsar temporalmente</translation>
    </message>
    <message>
        <source>unban</source>
        <translation>readmitir</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>marcar para revisión</translation>
    </message>
    <message>
        <source>end chat</source>
        <translation>terminar el chat</translation>
    </message>
    <message>
        <source>Could not {action} {name}&apos;s message: {error}</source>
        <translation>No se pudo {action} el mensaje de {name}: {error}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>con error</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelados</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>deshechos</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hechos</translation>
    </message>
    <message>
        <source>local</source>
        <translation>locales</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation>{count} segundos</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation>{count} horas</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} minutos</translation>
    </message>
    <message>
        <source>{message} ({detail})</source>
        <translation>{message} ({detail})</translation>
    </message>
    <message>
        <source>Allmine refused the request.</source>
        <translation>Allmine rechazó la solicitud.</translation>
    </message>
    <message>
        <source>Allmine sent an answer in an unexpected shape.</source>
        <translation>Allmine envió una respuesta con una forma inesperada.</translation>
    </message>
    <message>
        <source>Allmine answered the sign-in without tokens.</source>
        <translation>Allmine respondió al inicio de sesión sin tokens.</translation>
    </message>
    <message>
        <source>{count} problems</source>
        <translation>problemas: {count}</translation>
    </message>
    <message>
        <source>Allmine did not accept that code. Check it, or ask for a new one.</source>
        <translation>Allmine no aceptó ese código. Compruébelo o pida uno nuevo.</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>No se puede enviar un mensaje vacío.</translation>
    </message>
    <message>
        <source>Allmine sent a chat page in an unexpected shape.</source>
        <translation>Allmine envió una página del chat con una forma inesperada.</translation>
    </message>
    <message>
        <source>Allmine rejected the renewed token; trying again.</source>
        <translation>Allmine rechazó el token renovado; se vuelve a intentar.</translation>
    </message>
    <message>
        <source>Allmine did not accept the sign-in and there is no refresh token. Sign in again.</source>
        <translation>Allmine no aceptó el inicio de sesión y no hay token de renovación. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Allmine would not renew the sign-in. Sign in again.</source>
        <translation>Allmine no renovó el inicio de sesión. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Allmine stream {id}</source>
        <translation>Emisión de Allmine {id}</translation>
    </message>
    <message>
        <source>Fill in the Allmine API address first.</source>
        <translation>Primero rellene la dirección de la API de Allmine.</translation>
    </message>
    <message>
        <source>No visitor has written yet, so there is no thread to answer. Choose a reply thread in the connection settings.</source>
        <translation>Aún no ha escrito ningún visitante, así que no hay hilo al que responder. Elija un hilo de respuesta en los ajustes de la conexión.</translation>
    </message>
    <message>
        <source>{platform} sent an answer without its status.</source>
        <translation>{platform} envió una respuesta sin su estado.</translation>
    </message>
    <message>
        <source>{platform} refused the request.</source>
        <translation>{platform} rechazó la solicitud.</translation>
    </message>
    <message>
        <source>{platform} did not accept the API key. Create a key in the site&apos;s Developer Hub and enter it again.</source>
        <translation>{platform} no aceptó la clave de API. Cree una clave en el Developer Hub del sitio e introdúzcala de nuevo.</translation>
    </message>
    <message>
        <source>The API key may not do this on {platform}; allow chat messages and threads in the key&apos;s permissions.</source>
        <translation>La clave de API no puede hacer esto en {platform}; permita mensajes de chat e hilos en los permisos de la clave.</translation>
    </message>
    <message>
        <source>{platform} says the API key made too many requests (perhaps another program uses it too); trying again in {seconds} s.</source>
        <translation>{platform} dice que la clave de API hizo demasiadas solicitudes (quizá otro programa también la usa); se reintenta en {seconds} s.</translation>
    </message>
    <message>
        <source>This site has no chat thread with that token; check the connection.</source>
        <translation>Este sitio no tiene ningún hilo de chat con ese token; compruebe la conexión.</translation>
    </message>
    <message>
        <source>Could not {action} {name}&apos;s message for {who}: {error}</source>
        <translation>No se pudo {action} el mensaje de {name} para {who}: {error}</translation>
    </message>
    <message>
        <source>{action} is not available: {reason}</source>
        <translation>{action} no está disponible: {reason}</translation>
    </message>
    <message>
        <source>The connection to the network process was lost.</source>
        <translation>Se perdió la conexión con el proceso de red.</translation>
    </message>
    <message>
        <source>{platform} sent an answer without its envelope.</source>
        <translation>{platform} envió una respuesta sin su envoltorio.</translation>
    </message>
    <message>
        <source>{site} chat</source>
        <translation>Chat de {site}</translation>
    </message>
    <message>
        <source>unknown time zone {name}; use an offset like +02:00</source>
        <translation>zona horaria desconocida {name}; use un desfase como +02:00</translation>
    </message>
    <message>
        <source>{site} thread chat</source>
        <translation>Chat del hilo de {site}</translation>
    </message>
    <message>
        <source>the site address must start with https:// and name the site</source>
        <translation>la dirección del sitio debe empezar por https:// e indicar el sitio</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: {reason}. Nothing was sent to {platform}. If your network uses its own certificate authority, name its PEM file in the ca_bundle setting or in SSL_CERT_FILE.</source>
        <translation>El certificado del servidor no es de confianza: {reason}. No se envió nada a {platform}. Si su red usa su propia autoridad de certificación, indique su archivo PEM en el ajuste ca_bundle o en SSL_CERT_FILE.</translation>
    </message>
    <message>
        <source>{platform} could not be reached. Check the network connection.</source>
        <translation>No se pudo contactar con {platform}. Compruebe la conexión de red.</translation>
    </message>
    <message>
        <source>{platform} did not answer in time.</source>
        <translation>{platform} no respondió a tiempo.</translation>
    </message>
    <message>
        <source>A secure connection to {platform} could not be made.</source>
        <translation>No se pudo establecer una conexión segura con {platform}.</translation>
    </message>
    <message>
        <source>{platform} sent an answer larger than {megabytes} MB; it was not read. Trying again.</source>
        <translation>{platform} envió una respuesta de más de {megabytes} MB; no se leyó. Se vuelve a intentar.</translation>
    </message>
    <message>
        <source>no complete answer within {seconds} s</source>
        <translation>ninguna respuesta completa en {seconds} s</translation>
    </message>
    <message>
        <source>{bytes} bytes or more</source>
        <translation>{bytes} bytes o más</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Marcar como no leído</translation>
    </message>
    <message>
        <source>Stream Chat keeps one read marker per moderator that only moves forward.</source>
        <translation>Stream Chat guarda una sola marca de lectura por moderador que solo avanza.</translation>
    </message>
    <message>
        <source>Stream Chat refused a freshly issued chat token.</source>
        <translation>Stream Chat rechazó un token de chat recién emitido.</translation>
    </message>
    <message>
        <source>IBM Video rejected a value that was sent.</source>
        <translation>IBM Video rechazó un valor enviado.</translation>
    </message>
    <message>
        <source>IBM Video did not accept the access token.</source>
        <translation>IBM Video no aceptó el token de acceso.</translation>
    </message>
    <message>
        <source>This IBM Video account lacks the Stream Chat benefit, so its chat cannot be opened. Ask IBM to enable chat for the account.</source>
        <translation>Esta cuenta de IBM Video no incluye Stream Chat, así que su chat no se puede abrir. Pida a IBM que active el chat para la cuenta.</translation>
    </message>
    <message>
        <source>This API client may not manage the channel. Use credentials of the channel&apos;s owner.</source>
        <translation>Este cliente de API no puede gestionar el canal. Use las credenciales del propietario del canal.</translation>
    </message>
    <message>
        <source>IBM Video has no such channel. Check the channel id.</source>
        <translation>IBM Video no tiene ese canal. Compruebe el id del canal.</translation>
    </message>
    <message>
        <source>IBM Video sent a chat initialization in an unexpected shape.</source>
        <translation>IBM Video envió una inicialización del chat con una forma inesperada.</translation>
    </message>
    <message>
        <source>IBM Video rejected a freshly issued token.</source>
        <translation>IBM Video rechazó un token recién emitido.</translation>
    </message>
    <message>
        <source>IBM Video would not sign in with this client id and secret. Check them in the connection settings.</source>
        <translation>IBM Video no inició sesión con este id de cliente y este secreto. Compruébelos en los ajustes de la conexión.</translation>
    </message>
    <message>
        <source>IBM Video sent a token in an unexpected shape.</source>
        <translation>IBM Video envió un token con una forma inesperada.</translation>
    </message>
    <message>
        <source>The Stream Chat connection dropped; catching up and reconnecting.</source>
        <translation>Se cortó la conexión con Stream Chat; se recupera lo perdido y se vuelve a conectar.</translation>
    </message>
    <message>
        <source>Stream Chat said nothing for {seconds} s; reconnecting.</source>
        <translation>Stream Chat no dijo nada durante {seconds} s; se vuelve a conectar.</translation>
    </message>
    <message>
        <source>Stream Chat refused the connection.</source>
        <translation>Stream Chat rechazó la conexión.</translation>
    </message>
    <message>
        <source>Stream Chat opened the connection without naming it.</source>
        <translation>Stream Chat abrió la conexión sin darle nombre.</translation>
    </message>
    <message>
        <source>IBM Video channel {id}</source>
        <translation>Canal de IBM Video {id}</translation>
    </message>
    <message>
        <source>Stream Chat rejected the request as invalid.</source>
        <translation>Stream Chat rechazó la solicitud por no válida.</translation>
    </message>
    <message>
        <source>Stream Chat did not accept the chat token.</source>
        <translation>Stream Chat no aceptó el token de chat.</translation>
    </message>
    <message>
        <source>Stream Chat could not find it; it may have been removed.</source>
        <translation>Stream Chat no lo encontró; puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>Stream Chat does not allow this account to do that; it needs moderator rights.</source>
        <translation>Stream Chat no permite eso a esta cuenta; necesita permisos de moderador.</translation>
    </message>
    <message>
        <source>The Stream Chat token has expired.</source>
        <translation>El token de Stream Chat ha caducado.</translation>
    </message>
    <message>
        <source>This account has no access to the channel on Stream Chat.</source>
        <translation>Esta cuenta no tiene acceso al canal en Stream Chat.</translation>
    </message>
    <message>
        <source>IBM Video handed out a chat token without a user id, which Stream Chat refuses.</source>
        <translation>IBM Video entregó un token de chat sin id de usuario, que Stream Chat rechaza.</translation>
    </message>
    <message>
        <source>Stream Chat sent the channel in an unexpected shape.</source>
        <translation>Stream Chat envió el canal con una forma inesperada.</translation>
    </message>
    <message>
        <source>Stream Chat rejected a freshly issued chat token; trying again.</source>
        <translation>Stream Chat rechazó un token de chat recién emitido; se vuelve a intentar.</translation>
    </message>
    <message>
        <source>{platform} sent an answer that is not valid JSON.</source>
        <translation>{platform} envió una respuesta que no es JSON válido.</translation>
    </message>
    <message>
        <source>{bytes} bytes, {error}</source>
        <translation>{bytes} bytes, {error}</translation>
    </message>
    <message>
        <source>{platform} asks us to slow down; trying again in {seconds} s.</source>
        <translation>{platform} pide que vayamos más despacio; se reintenta en {seconds} s.</translation>
    </message>
    <message>
        <source>LivePerson sent a link outside this account.</source>
        <translation>LivePerson envió un enlace de fuera de esta cuenta.</translation>
    </message>
    <message>
        <source>LivePerson did not accept the user name or password.</source>
        <translation>LivePerson no aceptó el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <source>LivePerson refused the new session; trying again.</source>
        <translation>LivePerson rechazó la nueva sesión; se vuelve a intentar.</translation>
    </message>
    <message>
        <source>LivePerson rejected the new session too; trying again.</source>
        <translation>LivePerson también rechazó la nueva sesión; se vuelve a intentar.</translation>
    </message>
    <message>
        <source>LivePerson sent an answer in an unexpected shape.</source>
        <translation>LivePerson envió una respuesta con una forma inesperada.</translation>
    </message>
    <message>
        <source>{what}: {count} problems</source>
        <translation>{what}: problemas: {count}</translation>
    </message>
    <message>
        <source>No LivePerson chat is open to send to. Wait for a visitor to start one.</source>
        <translation>No hay ningún chat de LivePerson abierto al que enviar. Espere a que un visitante inicie uno.</translation>
    </message>
    <message>
        <source>LivePerson chats of {user}</source>
        <translation>Chats de LivePerson de {user}</translation>
    </message>
    <message>
        <source>The browser sign-in took too long; start it again when you are ready.</source>
        <translation>El inicio de sesión en el navegador tardó demasiado; vuelva a empezarlo cuando esté listo.</translation>
    </message>
    <message>
        <source>The sign-in was not completed: {reason}.</source>
        <translation>El inicio de sesión no se completó: {reason}.</translation>
    </message>
    <message>
        <source>Pausing to stay within {platform}&apos;s limit of {limit} requests a minute; going on in {seconds} s.</source>
        <translation>En pausa para no pasar el límite de {platform} de {limit} solicitudes por minuto; se sigue en {seconds} s.</translation>
    </message>
    <message>
        <source>Fill in the API address, client id and client secret before signing in.</source>
        <translation>Rellene la dirección de la API, el id de cliente y el secreto de cliente antes de iniciar sesión.</translation>
    </message>
    <message>
        <source>PRISM refused the sign-in.</source>
        <translation>PRISM rechazó el inicio de sesión.</translation>
    </message>
    <message>
        <source>PRISM answered the sign-in without tokens.</source>
        <translation>PRISM respondió al inicio de sesión sin tokens.</translation>
    </message>
    <message>
        <source>PRISM sent an answer in an unexpected shape.</source>
        <translation>PRISM envió una respuesta con una forma inesperada.</translation>
    </message>
    <message>
        <source>PRISM sent this message without an id, so it cannot be deleted.</source>
        <translation>PRISM envió este mensaje sin id, así que no se puede borrar.</translation>
    </message>
    <message>
        <source>A timeout must last at least one second.</source>
        <translation>Una expulsión temporal debe durar al menos un segundo.</translation>
    </message>
    <message>
        <source>PRISM refused the request.</source>
        <translation>PRISM rechazó la solicitud.</translation>
    </message>
    <message>
        <source>PRISM would not renew the sign-in.</source>
        <translation>PRISM no renovó el inicio de sesión.</translation>
    </message>
    <message>
        <source>PRISM sent an answer without its envelope.</source>
        <translation>PRISM envió una respuesta sin su envoltorio.</translation>
    </message>
    <message>
        <source>PRISM rejected the renewed token; trying again.</source>
        <translation>PRISM rechazó el token renovado; se vuelve a intentar.</translation>
    </message>
    <message>
        <source>PRISM live {id}</source>
        <translation>Directo de PRISM {id}</translation>
    </message>
    <message>
        <source>This account may not do that on {platform}.</source>
        <translation>Esta cuenta no puede hacer eso en {platform}.</translation>
    </message>
    <message>
        <source>{platform} could not find it; it may have been removed.</source>
        <translation>{platform} no lo encontró; puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>{platform} has a problem right now (HTTP {status}).</source>
        <translation>{platform} tiene un problema ahora mismo (HTTP {status}).</translation>
    </message>
    <message>
        <source>{platform} answered HTTP {status}.</source>
        <translation>{platform} respondió HTTP {status}.</translation>
    </message>
    <message>
        <source>{platform} did not accept the sign-in.</source>
        <translation>{platform} no aceptó el inicio de sesión.</translation>
    </message>
    <message>
        <source>An encrypted secrets file needs a passphrase.</source>
        <translation>Un archivo de secretos cifrado necesita una frase de contraseña.</translation>
    </message>
    <message>
        <source>The system keyring could not be read: {kind}.</source>
        <translation>No se pudo leer el llavero del sistema: {kind}.</translation>
    </message>
    <message>
        <source>The system keyring refused to store a secret: {kind}.</source>
        <translation>El llavero del sistema se negó a guardar un secreto: {kind}.</translation>
    </message>
    <message>
        <source>The system keyring could not delete a secret: {kind}.</source>
        <translation>El llavero del sistema no pudo borrar un secreto: {kind}.</translation>
    </message>
    <message>
        <source>The saved sign-in for a {provider} stream is missing: sign in again.</source>
        <translation>Falta el inicio de sesión guardado de una emisión de {provider}: inicia sesión de nuevo.</translation>
    </message>
    <message>
        <source>A saved {provider} stream could not be read: {count} problems.</source>
        <translation>No se pudo leer una emisión de {provider} guardada: problemas: {count}.</translation>
    </message>
    <message>
        <source>The settings could not be saved: {why}.</source>
        <translation>No se pudo guardar la configuración: {why}.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Moderator does not know the platform “{platform}” any more.</source>
        <translation>Moderator ya no conoce la plataforma «{platform}».</translation>
    </message>
    <message>
        <source>The saved sign-in for the {platform} stream “{title}” is missing or locked: signed out, sign in again.</source>
        <translation>Falta o está bloqueado el inicio de sesión guardado de la transmisión de {platform} «{title}»: sesión cerrada, vuelva a iniciarla.</translation>
    </message>
    <message>
        <source>{title} (sign in again)</source>
        <translation>{title} (vuelva a iniciar sesión)</translation>
    </message>
    <message>
        <source>The stream is open for this session only.</source>
        <extracomment>where sign-ins are kept, when the dialog should say so (no keyring, a locked file)</extracomment>
        <translation>La transmisión está abierta solo en esta sesión.</translation>
    </message>
    <message>
        <source>The demo keeps sign-ins for this session only.</source>
        <extracomment>opens the secret store the moderator chose (a passphrase for the encrypted file) told what the connect dialog should now say about where sign-ins are kept told the settings in force after the dialog or a caller changed them (the views&apos; inline buttons follow them)</extracomment>
        <translation>La demo guarda los inicios de sesión solo en esta sesión.</translation>
    </message>
    <message>
        <source>Sign-ins stay where they were.</source>
        <translation>Los inicios de sesión se quedan donde estaban.</translation>
    </message>
    <message>
        <source>Sign-ins are now kept in {store}.</source>
        <translation>Los inicios de sesión se guardan ahora en {store}.</translation>
    </message>
</context>
<context>
    <name>ZoomKeeper</name>
    <message>
        <source>The text size could not be saved: %1</source>
        <translation>No se pudo guardar el tamaño del texto: %1</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensaje</numerusform>
            <numerusform>%Ln mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln author(s)</source>
        <translation>
            <numerusform>%Ln autor</numerusform>
            <numerusform>%Ln autores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stream(s)</source>
        <translation>
            <numerusform>%Ln transmisión</numerusform>
            <numerusform>%Ln transmisiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln display problem(s), details in the log</source>
        <translation>
            <numerusform>%Ln problema de visualización, detalles en el registro</numerusform>
            <numerusform>%Ln problemas de visualización, detalles en el registro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln mostrado</numerusform>
            <numerusform>%Ln mostrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s) ↓</source>
        <translation>
            <numerusform>%Ln mensaje nuevo ↓</numerusform>
            <numerusform>%Ln mensajes nuevos ↓</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln acción</numerusform>
            <numerusform>%Ln acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit record(s)</source>
        <translation>
            <numerusform>%Ln registro de auditoría</numerusform>
            <numerusform>%Ln registros de auditoría</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recent message(s)</source>
        <translation>
            <numerusform>%Ln mensaje reciente</numerusform>
            <numerusform>%Ln mensajes recientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unreadable message(s) skipped</source>
        <translation>
            <numerusform>%Ln mensaje ilegible omitido</numerusform>
            <numerusform>%Ln mensajes ilegibles omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) waiting for the connection</source>
        <translation>
            <numerusform>%Ln acción espera la conexión</numerusform>
            <numerusform>%Ln acciones esperan la conexión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held</source>
        <translation>
            <numerusform>%Ln retenido</numerusform>
            <numerusform>%Ln retenidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held for review</source>
        <translation>
            <numerusform>%Ln retenido para revisión</numerusform>
            <numerusform>%Ln retenidos para revisión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) hidden here only: {platform} cannot delete.</source>
        <translation>
            <numerusform>%Ln mensaje oculto solo aquí: {platform} no puede borrar.</numerusform>
            <numerusform>%Ln mensajes ocultos solo aquí: {platform} no puede borrar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hora</numerusform>
            <numerusform>%Ln horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minuto</numerusform>
            <numerusform>%Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln segundo</numerusform>
            <numerusform>%Ln segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Automod: %Ln strike(s) in the last {hours} h</source>
        <translation>
            <numerusform>Automod: %Ln falta en las últimas {hours} h</numerusform>
            <numerusform>Automod: %Ln faltas en las últimas {hours} h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spoken</name>
    <message>
        <source>removed on the platform</source>
        <extracomment>the time as a row says it (the tooltip and the description give the full date) a stream key&apos;s platform (&quot;prism:1001&quot; -&gt; &quot;prism&quot;) when nobody named it better</extracomment>
        <translation>eliminado en la plataforma</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leído</translation>
    </message>
    <message>
        <source>system message</source>
        <translation>mensaje del sistema</translation>
    </message>
    <message>
        <source>moderation note</source>
        <translation>nota de moderación</translation>
    </message>
    <message>
        <source>owner</source>
        <extracomment>the badges a row paints before the name, in words (their order is the delegate&apos;s)</extracomment>
        <translation>propietario</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>gestor</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>moderador</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <source>visitor</source>
        <translation>visitante</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>the name looks like %1, but is another account</source>
        <translation>el nombre parece %1, pero es otra cuenta</translation>
    </message>
</context>
</TS>
