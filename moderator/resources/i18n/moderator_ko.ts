<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>ActionPresenter</name>
    <message>
        <source>Confirm</source>
        <extracomment>entries after which a menu has a separator one stream&apos;s part of a request, and the controller that carries it out the dialog or question open now, or the last one (tests answer it)</extracomment>
        <translation>확인</translation>
    </message>
</context>
<context>
    <name>ActionRouter</name>
    <message>
        <source>The stream {stream} is not open: connect it again to act on this message.</source>
        <extracomment>the controller of an open stream, by stream key</extracomment>
        <translation>{stream} 스트림이 열려 있지 않습니다: 이 메시지에 작업하려면 다시 연결하세요.</translation>
    </message>
</context>
<context>
    <name>AllStreamsTab</name>
    <message>
        <source>Messages of every open stream</source>
        <extracomment>rows each open tab brings when the All streams tab opens (its newest ones) room for the source&apos;s name, left of the message source names kept as they fit their column (a few per open stream) (source name, width) -&gt; the name as it fits: elided once, not on every row&apos;s paint</extracomment>
        <translation>열려 있는 모든 스트림의 메시지</translation>
    </message>
    <message>
        <source>Every open stream, in time order. Actions go to each message&apos;s own stream.</source>
        <extracomment>what the moderator is told about what they did here (the message bridge routes it) asks for actions the way the stream&apos;s own tab does (one path for every surface) the row buttons, asking through this tab&apos;s presenter like its keys</extracomment>
        <translation>열려 있는 모든 스트림을 시간순으로 표시합니다. 작업은 각 메시지의 스트림으로 전달됩니다.</translation>
    </message>
    <message>
        <source>User card of {name}…</source>
        <translation>{name}의 사용자 카드…</translation>
    </message>
</context>
<context>
    <name>AuditDock</name>
    <message>
        <source>{actor}: {action} on {platform} ({stream})</source>
        <translation>{actor}: {platform}에서 {action} ({stream})</translation>
    </message>
    <message>
        <source>Message {id} by {name} ({author}):</source>
        <translation>{name}({author})의 메시지 {id}:</translation>
    </message>
    <message>
        <source>Result: {result}</source>
        <translation>결과: {result}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <extracomment>the log was written to (possibly from another thread): refresh on the UI thread</extracomment>
        <translation>감사 로그</translation>
    </message>
    <message>
        <source>Platform</source>
        <extracomment>everything, or the moderation only (without the reads)</extracomment>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Actions shown</source>
        <translation>표시할 작업</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>모든 작업</translation>
    </message>
    <message>
        <source>Moderation only (no reads)</source>
        <translation>모더레이션만 (읽음 제외)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>Export JSONL…</source>
        <translation>JSONL 내보내기…</translation>
    </message>
    <message>
        <source>Moderation actions</source>
        <translation>모더레이션 작업</translation>
    </message>
    <message>
        <source> (the newest {count})</source>
        <translation> (최신 {count}개)</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>모든 플랫폼</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>모든 결과</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>감사 로그 내보내기</translation>
    </message>
    <message>
        <source>The audit log could not be exported: {error}.</source>
        <translation>감사 로그를 내보내지 못했습니다: {error}.</translation>
    </message>
    <message>
        <source>Exported {count} to {path}.</source>
        <translation>{count}을(를) {path}(으)로 내보냈습니다.</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>delete</source>
        <extracomment>what an audit record&apos;s action says: core&apos;s action names, and what else is recorded</extracomment>
        <translation>삭제</translation>
    </message>
    <message>
        <source>delete permanently</source>
        <translation>영구 삭제</translation>
    </message>
    <message>
        <source>mark read</source>
        <translation>읽음 표시</translation>
    </message>
    <message>
        <source>mark unread</source>
        <translation>읽지 않음 표시</translation>
    </message>
    <message>
        <source>ban</source>
        <translation>차단</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>타임아웃</translation>
    </message>
    <message>
        <source>unban</source>
        <translation>차단 해제</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>검토 요청</translation>
    </message>
    <message>
        <source>end chat</source>
        <translation>채팅 종료</translation>
    </message>
    <message>
        <source>removed on the platform</source>
        <translation>플랫폼에서 삭제됨</translation>
    </message>
    <message>
        <source>held for review</source>
        <translation>검토 대기로 보류됨</translation>
    </message>
    <message>
        <source>done</source>
        <extracomment>how a record ended</extracomment>
        <translation>완료</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>local</source>
        <translation>이 컴퓨터에서</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>되돌림</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>대기열에 있음</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <source>released</source>
        <translation>전송됨</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>버림</translation>
    </message>
</context>
<context>
    <name>Automod</name>
    <message>
        <source>Automod review queue</source>
        <translation>자동 모더레이션 검토 대기열</translation>
    </message>
    <message>
        <source>No chat archive is kept: nothing to test.</source>
        <translation>채팅 보관 기록이 없어 테스트할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Automod strikes are kept in memory only: {why}</source>
        <translation>자동 모더레이션 경고는 메모리에만 보관됩니다: {why}</translation>
    </message>
</context>
<context>
    <name>AutomodDialog</name>
    <message>
        <source>Automod rules</source>
        <translation>자동 모더레이션 규칙</translation>
    </message>
    <message>
        <source>Automod is on (checks every arriving message)</source>
        <translation>자동 모더레이션 켜짐 (도착하는 모든 메시지 검사)</translation>
    </message>
    <message>
        <source>What the 1st, 2nd … strike does, e.g. hold, timeout 60, ban</source>
        <translation>첫 번째, 두 번째 … 경고 시 할 일. 예: hold, timeout 60, ban</translation>
    </message>
    <message>
        <source> s until a strike no longer counts</source>
        <translation>초 후 경고가 더 이상 집계되지 않음</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>규칙 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>규칙 삭제(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Backtest…</source>
        <translation>백테스트(&amp;B)…</translation>
    </message>
    <message>
        <source>Ladder:</source>
        <translation>단계:</translation>
    </message>
    <message>
        <source>A new rule at the end of the list</source>
        <extracomment>opens a backtest of these rules (the caller knows where the archive is)</extracomment>
        <translation>목록 끝에 새 규칙 추가</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>선택한 규칙 삭제</translation>
    </message>
    <message>
        <source>Read rules from a file</source>
        <translation>파일에서 규칙 읽기</translation>
    </message>
    <message>
        <source>Save these rules to a file</source>
        <translation>이 규칙을 파일로 저장</translation>
    </message>
    <message>
        <source>Try the rules on the messages kept</source>
        <translation>보관된 메시지에 규칙 시험하기</translation>
    </message>
    <message>
        <source>Off: no rule holds or acts on anything</source>
        <translation>끄면: 어떤 규칙도 보류하거나 조치하지 않음</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Checked rules are on; the selected one is edited beside</source>
        <translation>체크된 규칙이 켜져 있으며, 선택한 규칙은 옆에서 편집합니다</translation>
    </message>
    <message>
        <source>Strikes expire</source>
        <translation>경고 만료</translation>
    </message>
    <message>
        <source>Seconds until a strike no longer counts</source>
        <translation>경고가 더 이상 집계되지 않을 때까지의 초</translation>
    </message>
    <message>
        <source>Use these rules and close</source>
        <translation>이 규칙을 사용하고 닫기</translation>
    </message>
    <message>
        <source>Close without changing the rules</source>
        <translation>규칙을 바꾸지 않고 닫기</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>새 규칙</translation>
    </message>
    <message>
        <source>Could not write {name}: {why}</source>
        <translation>{name}을(를) 쓸 수 없습니다: {why}</translation>
    </message>
    <message>
        <source>Import automod rules</source>
        <translation>자동 모더레이션 규칙 가져오기</translation>
    </message>
    <message>
        <source>Export automod rules</source>
        <translation>자동 모더레이션 규칙 내보내기</translation>
    </message>
    <message>
        <source> (dry run)</source>
        <translation> (테스트 실행)</translation>
    </message>
</context>
<context>
    <name>AutomodGate</name>
    <message>
        <source>dry run: </source>
        <extracomment>how many messages wait in the review queue a sentence for the moderator (a rule could not act as set on some platform) the moderator decided these held messages ((stream key, message id) list, &quot;approved&quot; or &quot;denied&quot;): a team tells the others (stream key, message id) -&gt; what a rule in dry run would have done, shown on the row; forgotten when the row is trimmed, the held message denied, or the tab closed streams whose history (the first arrivals) was screened: what comes now is live</extracomment>
        <translation>테스트 실행: </translation>
    </message>
    <message>
        <source>automod: </source>
        <translation>자동 모더레이션: </translation>
    </message>
    <message>
        <source>{why}; {platform} cannot delete: hidden here only</source>
        <translation>{why}; {platform}에서 삭제할 수 없어 여기서만 숨김</translation>
    </message>
    <message>
        <source>Automod rule “{rule}” could not act: {reason}</source>
        <translation>자동 모더레이션 규칙 “{rule}”을(를) 실행할 수 없습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>AutomodReason</name>
    <message>
        <source>blocked word “{text}”</source>
        <extracomment>a :class:`~moderator.wording.Word` of this context is one of automod&apos;s reasons</extracomment>
        <translation>금지어 “{text}”</translation>
    </message>
    <message>
        <source>blocked phrase “{text}”</source>
        <translation>금지 구절 “{text}”</translation>
    </message>
    <message>
        <source>matches “{text}”</source>
        <translation>일치: “{text}”</translation>
    </message>
    <message>
        <source>name looks like “{text}”</source>
        <translation>이름이 “{text}”와(과) 닮음</translation>
    </message>
    <message>
        <source>link to {domain}</source>
        <translation>{domain} 링크</translation>
    </message>
    <message>
        <source>{share} capitals</source>
        <translation>대문자 {share}</translation>
    </message>
    <message>
        <source>the same message {count} times in {seconds} s</source>
        <translation>같은 메시지 {seconds}초 동안 {count}번</translation>
    </message>
    <message>
        <source>the same text from {count} authors in {seconds} s</source>
        <translation>{seconds}초 동안 작성자 {count}명이 같은 글</translation>
    </message>
    <message>
        <source>{count} messages in {seconds} s</source>
        <translation>{seconds}초 동안 메시지 {count}개</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count}자</translation>
    </message>
    <message>
        <source>a newly seen author</source>
        <translation>새로 보인 작성자</translation>
    </message>
</context>
<context>
    <name>AvatarLabel</name>
    <message>
        <source>Picture of {name}</source>
        <extracomment>the platform badge&apos;s colours: one quiet colour for all, the name says which</extracomment>
        <translation>{name}의 사진</translation>
    </message>
    <message>
        <source>Platform: {platform}</source>
        <translation>플랫폼: {platform}</translation>
    </message>
</context>
<context>
    <name>AvatarSettingsBox</name>
    <message>
        <source>Authors&apos; pictures</source>
        <extracomment>a host pattern: letters, digits, dots, dashes, an optional leading &quot;*.&quot; (no scheme, no path)</extracomment>
        <translation>작성자 사진</translation>
    </message>
    <message>
        <source>Show authors&apos; pictures beside their names</source>
        <translation>작성자 이름 옆에 사진 표시</translation>
    </message>
    <message>
        <source>Picture hosts</source>
        <translation>사진 호스트</translation>
    </message>
    <message>
        <source>Pictures are fetched only over https and only from these hosts, one provider a line. A provider left out keeps the built-in hosts shown in grey.</source>
        <translation>사진은 https로만, 이 호스트에서만 가져옵니다. 한 줄에 제공자 하나씩 쓰세요. 적지 않은 제공자는 회색으로 보이는 기본 호스트를 씁니다.</translation>
    </message>
    <message>
        <source>Hosts pictures may come from:</source>
        <translation>사진을 가져올 수 있는 호스트:</translation>
    </message>
    <message>
        <source>Not saved, write it as “provider: host, *.domain” with a provider of {providers}: {line}</source>
        <translation>저장하지 않았습니다. “제공자: 호스트, *.도메인” 형식으로 쓰세요. 제공자는 {providers} 중 하나: {line}</translation>
    </message>
</context>
<context>
    <name>BacktestDialog</name>
    <message>
        <source>Backtest automod rules on the archive</source>
        <extracomment>runs the backtest of ``rules`` over ``span`` (in workers, in the app)</extracomment>
        <translation>보관 기록으로 자동 모더레이션 규칙 백테스트</translation>
    </message>
    <message>
        <source>The last</source>
        <translation>최근</translation>
    </message>
    <message>
        <source> messages</source>
        <translation>개 메시지</translation>
    </message>
    <message>
        <source>Sent from</source>
        <translation>보낸 기간</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>Nothing run yet.</source>
        <translation>아직 실행하지 않았습니다.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Caught</source>
        <translation>걸린 수</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>시간당</translation>
    </message>
    <message>
        <source>Top authors</source>
        <translation>상위 작성자</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>예시</translation>
    </message>
    <message>
        <source>Running… (in worker processes: the window stays usable)</source>
        <translation>실행 중… (작업자 프로세스에서 실행되므로 창을 계속 쓸 수 있습니다)</translation>
    </message>
    <message>
        <source>The backtest failed: {error}</source>
        <translation>백테스트 실패: {error}</translation>
    </message>
    <message>
        <source>{caught} of {scanned} messages caught ({rate:.1f} per hour) in {seconds:.1f} s.</source>
        <translation>메시지 {scanned}개 중 {caught}개 걸림 (시간당 {rate:.1f}개), {seconds:.1f}초 소요.</translation>
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
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop the items not sent yet (Ctrl+.)</source>
        <translation>아직 보내지 않은 항목 중지 (Ctrl+.)</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>실패 항목 재시도</translation>
    </message>
    <message>
        <source>Try the failed items again (Ctrl+Shift+R)</source>
        <translation>실패한 항목을 다시 시도 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>일괄 작업</translation>
    </message>
    <message>
        <source>Bulk action progress</source>
        <translation>일괄 작업 진행률</translation>
    </message>
    <message>
        <source>Messages done</source>
        <translation>처리한 메시지</translation>
    </message>
    <message>
        <source>Dismiss the bulk action summary</source>
        <translation>일괄 작업 요약 닫기</translation>
    </message>
    <message>
        <source>{doing} — cancelling…</source>
        <translation>{doing} — 취소하는 중…</translation>
    </message>
</context>
<context>
    <name>BrowserPanel</name>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
</context>
<context>
    <name>Capability</name>
    <message>
        <source>Sending messages</source>
        <translation>메시지 보내기</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>영구 삭제</translation>
    </message>
    <message>
        <source>Read state on the platform</source>
        <translation>플랫폼의 읽음 상태</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>차단</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>타임아웃</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>차단 해제</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>검토 요청</translation>
    </message>
    <message>
        <source>End chat</source>
        <translation>채팅 종료</translation>
    </message>
    <message>
        <source>Realtime updates</source>
        <translation>실시간 업데이트</translation>
    </message>
    <message>
        <source>A reason with a ban</source>
        <translation>차단 사유</translation>
    </message>
</context>
<context>
    <name>CodePanel</name>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>코드 보내기</translation>
    </message>
    <message>
        <source>the code from the e-mail</source>
        <translation>이메일로 받은 코드</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>이메일:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>코드:</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>When</source>
        <extracomment>rows the dock shows; the exports hold everything</extracomment>
        <translation>시간</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>누가</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>스트림</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: 오류: {message}</translation>
    </message>
    <message>
        <source>argument {argument}: {problem}</source>
        <translation>{argument} 옵션: {problem}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {words}</source>
        <extracomment>argparse&apos;s messages (Python 3.11) and ours for each, with the same {names}</extracomment>
        <translation>알 수 없는 인수: {words}</translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>잘못된 선택: {value} ({choices} 중에서 고르세요)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>값이 하나 필요합니다</translation>
    </message>
    <message>
        <source>not a number: {value}</source>
        <translation>숫자가 아닙니다: {value}</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could mean {matches}</source>
        <translation>모호한 옵션: {option}은(는) {matches} 중 하나일 수 있습니다</translation>
    </message>
    <message>
        <source>this option takes no value: {value}</source>
        <translation>이 옵션은 값을 받지 않습니다: {value}</translation>
    </message>
    <message>
        <source>usage:</source>
        <translation>사용법:</translation>
    </message>
    <message>
        <source>Moderate live-stream chats on several platforms.</source>
        <translation>여러 플랫폼의 라이브 방송 채팅을 관리합니다.</translation>
    </message>
    <message>
        <source>options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>N</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>show this help and quit</source>
        <translation>이 도움말을 보여 주고 종료</translation>
    </message>
    <message>
        <source>run against the built-in fake providers</source>
        <translation>내장된 가짜 플랫폼으로 실행</translation>
    </message>
    <message>
        <source>keep settings, data and logs under {dir}</source>
        <translation>설정, 데이터, 로그를 {dir} 아래에 보관</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>초</translation>
    </message>
    <message>
        <source>quit after this long (smoke tests)</source>
        <translation>이 시간이 지나면 종료(스모크 테스트)</translation>
    </message>
    <message>
        <source>MSGS_PER_S</source>
        <translation>초당_메시지</translation>
    </message>
    <message>
        <source>demo chat speed per stream</source>
        <translation>방송별 데모 채팅 속도</translation>
    </message>
    <message>
        <source>demo messages already in each stream (PRISM replays all; others get 2,000 at most)</source>
        <translation>각 방송에 미리 있는 데모 메시지 수(PRISM은 모두 다시 재생, 나머지는 최대 2,000개)</translation>
    </message>
    <message>
        <source>demo PRISM lives (one tab each, beside the other fakes&apos; streams)</source>
        <translation>데모 PRISM 라이브 수(각각 탭 하나, 다른 가짜 플랫폼 방송 옆에)</translation>
    </message>
    <message>
        <source>messages kept in memory per tab (default: the setting); older ones go to the archive</source>
        <translation>탭마다 메모리에 두는 메시지 수(기본값: 설정), 오래된 것은 보관함으로 갑니다</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>the language of this run: en, tr, ko, de or es (default: the setting, else the OS)</source>
        <translation>이번 실행의 언어: en, tr, ko, de, es 중 하나(기본값: 설정, 없으면 운영체제 언어)</translation>
    </message>
    <message>
        <source>how much goes into the log file</source>
        <translation>로그 파일에 기록할 정도</translation>
    </message>
    <message>
        <source>show the version and quit</source>
        <translation>버전을 보여 주고 종료</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Ban an author of this chat</source>
        <translation>이 채팅의 작성자 차단</translation>
    </message>
    <message>
        <source>Time an author out</source>
        <translation>작성자 타임아웃</translation>
    </message>
    <message>
        <source>Unban an author of this chat</source>
        <translation>이 채팅의 작성자 차단 해제</translation>
    </message>
    <message>
        <source>Delete the selected messages</source>
        <translation>선택한 메시지 삭제</translation>
    </message>
    <message>
        <source>Clear this tab&apos;s view (not the platform&apos;s chat)</source>
        <translation>이 탭의 화면 비우기 (플랫폼의 채팅은 그대로)</translation>
    </message>
    <message>
        <source>List the commands</source>
        <translation>명령 목록 보기</translation>
    </message>
    <message>
        <source>Usage: {usage}</source>
        <translation>사용법: {usage}</translation>
    </message>
    <message>
        <source>There is no command /{command}: nothing was sent. Type /help for the commands, or start the line with // to send it as chat.</source>
        <translation>/{command} 명령은 없습니다. 아무것도 보내지 않았습니다. 명령 목록은 /help를 입력하고, 채팅으로 보내려면 줄을 //로 시작하세요.</translation>
    </message>
    <message>
        <source>There is no command /{command}: nothing was sent. Did you mean /{suggestion}? Type /help for the commands, or start the line with // to send it as chat.</source>
        <translation>/{command} 명령은 없습니다. 아무것도 보내지 않았습니다. /{suggestion}을(를) 말씀하신 건가요? 명령 목록은 /help를 입력하고, 채팅으로 보내려면 줄을 //로 시작하세요.</translation>
    </message>
    <message>
        <source>“{word}” is not a duration: write 30s, 10m, 1h or 1d (at most 28 days).</source>
        <translation>“{word}”은(는) 기간이 아닙니다. 30s, 10m, 1h 또는 1d로 쓰세요 (최대 28일).</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect a stream</source>
        <extracomment>Test connection finished: (worked, sentence) a sign-in step finished: (worked, sentence)</extracomment>
        <translation>스트림 연결</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>연결 설정</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>플랫폼:</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first.</source>
        <translation>먼저 빨간색으로 표시된 항목을 고치세요.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>연결을 테스트하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Connected to {platform}: “{title}” is live; the first read brought %Ln message(s).</source>
        <translation>
            <numerusform>{platform}에 연결했습니다: “{title}” 방송 중이며, 첫 읽기에서 메시지 %Ln개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to {platform}: “{title}” is not live right now; the first read brought %Ln message(s).</source>
        <translation>
            <numerusform>{platform}에 연결했습니다: “{title}”은(는) 지금 방송 중이 아니며, 첫 읽기에서 메시지 %Ln개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>브라우저에서 로그인을 기다리는 중…</translation>
    </message>
    <message>
        <source>Type the e-mail address to send the code to.</source>
        <translation>코드를 받을 이메일 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>Sending a code to {email}…</source>
        <translation>{email}(으)로 코드를 보내는 중…</translation>
    </message>
    <message>
        <source>A code is on its way to {email}. Type it and press Sign in.</source>
        <translation>{email}(으)로 코드를 보냈습니다. 코드를 입력하고 로그인을 누르세요.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>코드를 확인하는 중…</translation>
    </message>
    <message>
        <source>Signed in: the tokens are filled in. Test the connection or connect.</source>
        <translation>로그인했습니다: 토큰이 채워졌습니다. 연결을 테스트하거나 연결하세요.</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>This line was written by Moderator, not sent on the platform.</source>
        <translation>이 줄은 Moderator가 쓴 것으로, 플랫폼에 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>An action on this message is still in progress.</source>
        <translation>이 메시지에 대한 작업이 아직 진행 중입니다.</translation>
    </message>
    <message>
        <source>System messages have no author to act on.</source>
        <translation>시스템 메시지에는 작업할 작성자가 없습니다.</translation>
    </message>
    <message>
        <source>This message is already deleted.</source>
        <translation>이 메시지는 이미 삭제되었습니다.</translation>
    </message>
    <message>
        <source>This message is already read.</source>
        <translation>이 메시지는 이미 읽음 상태입니다.</translation>
    </message>
    <message>
        <source>This message is not read yet.</source>
        <translation>이 메시지는 아직 읽지 않았습니다.</translation>
    </message>
    <message>
        <source>This message belongs to no chat that could be ended.</source>
        <translation>이 메시지는 종료할 수 있는 채팅에 속하지 않습니다.</translation>
    </message>
    <message>
        <source>This platform does not offer it.</source>
        <translation>이 플랫폼은 이 기능을 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>The queued action lost its message.</source>
        <translation>대기 중인 작업의 메시지를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Timeout author…</source>
        <translation>작성자 타임아웃…</translation>
    </message>
    <message>
        <source>Ban author…</source>
        <translation>작성자 차단…</translation>
    </message>
    <message>
        <source>Deny + timeout…</source>
        <translation>거부 + 타임아웃…</translation>
    </message>
    <message>
        <source>Deny + ban…</source>
        <translation>거부 + 차단…</translation>
    </message>
    <message>
        <source>Automod &amp;rules…</source>
        <translation>자동 모더레이션 규칙(&amp;R)…</translation>
    </message>
    <message>
        <source>Seconds to wait for the platform to answer.</source>
        <translation>플랫폼 응답을 기다릴 시간(초).</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결하는 중…</translation>
    </message>
    <message>
        <source>The stream is not on air.</source>
        <translation>스트림이 방송 중이 아닙니다.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>로그인하는 중…</translation>
    </message>
    <message>
        <source>The stream has ended.</source>
        <translation>스트림이 종료되었습니다.</translation>
    </message>
    <message>
        <source>Already deleted by {moderator}.</source>
        <translation>{moderator} 님이 이미 삭제했습니다.</translation>
    </message>
    <message>
        <source>Already flagged by {moderator}.</source>
        <translation>{moderator} 님이 이미 신고했습니다.</translation>
    </message>
    <message>
        <source>This is the demo: sign-ins are kept for this session only.</source>
        <translation>데모입니다: 로그인 정보는 이번 세션에만 보관됩니다.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>문제가 발생했습니다</translation>
    </message>
    <message>
        <source>Moderator keeps running; your streams stay connected.</source>
        <translation>Moderator는 계속 실행되며 스트림 연결도 유지됩니다.</translation>
    </message>
    <message>
        <source>The log has the details: {path}</source>
        <translation>자세한 내용은 로그에 있습니다: {path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>자세한 내용 복사</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>예기치 않은 오류: {error}</translation>
    </message>
</context>
<context>
    <name>CrossStreams</name>
    <message>
        <source>No archive is kept: open tabs only.</source>
        <extracomment>the authors the moderator linked; kept only while the app runs unless given a store the moderator&apos;s notes on authors, and the views&apos; buttons and note chips short lines a user card shows about its author (automod adds the strikes)</extracomment>
        <translation>보관 기록이 없습니다: 열린 탭만 검색합니다.</translation>
    </message>
    <message>
        <source>{platform} · {stream} (closed)</source>
        <translation>{platform} · {stream} (닫힘)</translation>
    </message>
    <message>
        <source>Select a message to see its author&apos;s card.</source>
        <translation>작성자 카드를 보려면 메시지를 선택하세요.</translation>
    </message>
    <message>
        <source>All streams</source>
        <translation>모든 스트림</translation>
    </message>
    <message>
        <source>Export the chat archive</source>
        <translation>채팅 보관 기록 내보내기</translation>
    </message>
    <message>
        <source>Exporting the chat to {path}…</source>
        <translation>채팅을 {path}(으)로 내보내는 중…</translation>
    </message>
    <message>
        <source>The chat archive could not be exported: {error}.</source>
        <translation>채팅 보관 기록을 내보내지 못했습니다: {error}.</translation>
    </message>
    <message>
        <source>Exported {count} to {path}.</source>
        <translation>{count}을(를) {path}(으)로 내보냈습니다.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>1 min</source>
        <translation>1분</translation>
    </message>
    <message>
        <source>10 min</source>
        <translation>10분</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1시간</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24시간</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No streams connected</source>
        <translation>연결된 스트림 없음</translation>
    </message>
    <message>
        <source>Connect the chat of a live stream to start moderating it. Streams you connect come back by themselves the next time you start Moderator.</source>
        <translation>라이브 스트림의 채팅을 연결하면 모더레이션을 시작할 수 있습니다. 연결한 스트림은 다음에 Moderator를 시작할 때 자동으로 다시 열립니다.</translation>
    </message>
    <message>
        <source>Connect a stream…</source>
        <translation>스트림 연결…</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation>CSV, 스프레드시트용 (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines, for scripts (*.jsonl)</source>
        <translation>JSON Lines, 스크립트용 (*.jsonl)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter by text…</source>
        <extracomment>typing pauses this long before the rows are filtered again (one pass over them)</extracomment>
        <translation>텍스트로 필터…</translation>
    </message>
    <message>
        <source>Author…</source>
        <translation>작성자…</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>읽지 않은 것만</translation>
    </message>
    <message>
        <source>Has links</source>
        <translation>링크 포함</translation>
    </message>
    <message>
        <source>Clear the filter and close (Esc)</source>
        <translation>필터를 지우고 닫기 (Esc)</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>메시지 필터</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>텍스트로 필터</translation>
    </message>
    <message>
        <source>Show only messages containing this text</source>
        <translation>이 텍스트가 들어 있는 메시지만 표시</translation>
    </message>
    <message>
        <source>Filter by author</source>
        <translation>작성자로 필터</translation>
    </message>
    <message>
        <source>Show only messages by this author</source>
        <translation>이 작성자의 메시지만 표시</translation>
    </message>
    <message>
        <source>Show only unread messages</source>
        <translation>읽지 않은 메시지만 표시</translation>
    </message>
    <message>
        <source>Show only messages with a link</source>
        <translation>링크가 있는 메시지만 표시</translation>
    </message>
    <message>
        <source>Messages shown</source>
        <translation>표시된 메시지</translation>
    </message>
    <message>
        <source>Clear the filter and close</source>
        <translation>필터를 지우고 닫기</translation>
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
        <translation>정수를 입력해야 합니다.</translation>
    </message>
    <message>
        <source>A number is expected.</source>
        <translation>숫자를 입력해야 합니다.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>올바른 웹 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>Too short (at least {min_length}).</source>
        <translation>너무 짧습니다(최소 {min_length}).</translation>
    </message>
    <message>
        <source>Too long (at most {max_length}).</source>
        <translation>너무 깁니다(최대 {max_length}).</translation>
    </message>
    <message>
        <source>This is not in the expected form.</source>
        <translation>예상한 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>Text is expected.</source>
        <translation>텍스트를 입력해야 합니다.</translation>
    </message>
    <message>
        <source>Yes or no is expected.</source>
        <translation>예 또는 아니요를 입력해야 합니다.</translation>
    </message>
    <message>
        <source>Must be more than {gt}.</source>
        <translation>{gt}보다 커야 합니다.</translation>
    </message>
    <message>
        <source>Must be at least {ge}.</source>
        <translation>{ge} 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>Must be less than {lt}.</source>
        <translation>{lt}보다 작아야 합니다.</translation>
    </message>
    <message>
        <source>Must be at most {le}.</source>
        <translation>{le} 이하여야 합니다.</translation>
    </message>
    <message>
        <source>Choose one of the offered values.</source>
        <translation>제시된 값 중 하나를 고르세요.</translation>
    </message>
    <message>
        <source>This field is not known.</source>
        <translation>알 수 없는 필드입니다.</translation>
    </message>
    <message>
        <source>This value is not accepted.</source>
        <translation>이 값은 받아들일 수 없습니다.</translation>
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
        <translation>필수 항목입니다.</translation>
    </message>
    <message>
        <source>optional</source>
        <extracomment>words a field name spells in lower case that a label should not</extracomment>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>{field} (optional):</source>
        <translation>{field} (선택):</translation>
    </message>
</context>
<context>
    <name>HeldCounts</name>
    <message numerus="yes">
        <source>%Ln delete(s)</source>
        <translation>
            <numerusform>삭제 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln permanent delete(s)</source>
        <translation>
            <numerusform>영구 삭제 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ban(s)</source>
        <translation>
            <numerusform>차단 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln timeout(s)</source>
        <translation>
            <numerusform>타임아웃 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… 외 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} was waiting for the undo delay in “{stream}” ({platform}) when Moderator closed. Send it now, or discard it?</source>
        <translation>Moderator가 닫힐 때 “{stream}” ({platform})에서 실행 취소 대기 중이던 작업: {what}. 지금 보낼까요, 버릴까요?</translation>
    </message>
    <message>
        <source>{what} were waiting for the undo delay in “{stream}” ({platform}) when Moderator closed. Send them now, or discard them?</source>
        <translation>Moderator가 닫힐 때 “{stream}” ({platform})에서 실행 취소 대기 중이던 작업: {what}. 지금 보낼까요, 버릴까요?</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list}, {last}</translation>
    </message>
    <message>
        <source>Send now</source>
        <extracomment>how many of the messages the question lists by name the answers (their labels, translated where they are asked)</extracomment>
        <translation>지금 보내기</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Ask me next time</source>
        <translation>다음에 다시 묻기</translation>
    </message>
</context>
<context>
    <name>Inline</name>
    <message>
        <source>Del</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Del!</source>
        <translation>삭제!</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>읽음</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>안 읽음</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>차단</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>해제</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>신고</translation>
    </message>
    <message>
        <source>End</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>InlineSection</name>
    <message>
        <source>Buttons on each message</source>
        <extracomment>the actions a row button makes sense for (reading is the list&apos;s own business) check boxes a line</extracomment>
        <translation>각 메시지의 버튼</translation>
    </message>
    <message>
        <source>Under the pointer</source>
        <translation>포인터를 올렸을 때</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>항상</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>표시 안 함</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>표시:</translation>
    </message>
    <message>
        <source>Buttons:</source>
        <translation>버튼:</translation>
    </message>
    <message>
        <source>Timeout button:</source>
        <translation>타임아웃 버튼:</translation>
    </message>
</context>
<context>
    <name>Keymap</name>
    <message>
        <source>On the selected messages (a tab, All streams, search results, user card)</source>
        <translation>선택한 메시지 (탭, 모든 스트림, 검색 결과, 사용자 카드)</translation>
    </message>
    <message>
        <source>In a stream tab</source>
        <translation>스트림 탭에서</translation>
    </message>
    <message>
        <source>In the message list</source>
        <translation>메시지 목록에서</translation>
    </message>
    <message>
        <source>In the send box</source>
        <translation>입력창에서</translation>
    </message>
    <message>
        <source>In the filter bar</source>
        <translation>필터 막대에서</translation>
    </message>
    <message>
        <source>In a dialog</source>
        <translation>대화 상자에서</translation>
    </message>
    <message>
        <source>In the automod review queue</source>
        <translation>자동 모더레이션 검토 대기열에서</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>창</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete (struck through, kept visible)</source>
        <translation>삭제 (취소선, 계속 표시)</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>영구 삭제</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>읽음으로 표시</translation>
    </message>
    <message>
        <source>Mark as read (kept on this computer where needed)</source>
        <translation>읽음으로 표시 (필요하면 이 컴퓨터에 저장)</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>읽지 않음으로 표시</translation>
    </message>
    <message>
        <source>Timeout author…</source>
        <translation>작성자 타임아웃…</translation>
    </message>
    <message>
        <source>Time the author out (presets, a reason)</source>
        <translation>작성자 타임아웃 (기본 시간, 사유)</translation>
    </message>
    <message>
        <source>Ban author…</source>
        <translation>작성자 차단…</translation>
    </message>
    <message>
        <source>Ban the author</source>
        <translation>작성자 차단</translation>
    </message>
    <message>
        <source>Unban author</source>
        <translation>작성자 차단 해제</translation>
    </message>
    <message>
        <source>Unban the author</source>
        <translation>작성자의 차단 해제</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>검토 요청</translation>
    </message>
    <message>
        <source>End this chat</source>
        <translation>이 채팅 종료</translation>
    </message>
    <message>
        <source>End the chat (LivePerson)</source>
        <translation>채팅 종료 (LivePerson)</translation>
    </message>
    <message>
        <source>Mark read up to here</source>
        <translation>여기까지 읽음으로 표시</translation>
    </message>
    <message>
        <source>Next unread</source>
        <translation>다음 읽지 않은 메시지</translation>
    </message>
    <message>
        <source>Select the next unread message</source>
        <translation>다음 읽지 않은 메시지 선택</translation>
    </message>
    <message>
        <source>Next by author</source>
        <translation>작성자의 다음 메시지</translation>
    </message>
    <message>
        <source>Next message by the same author</source>
        <translation>같은 작성자의 다음 메시지</translation>
    </message>
    <message>
        <source>Previous by author</source>
        <translation>작성자의 이전 메시지</translation>
    </message>
    <message>
        <source>Previous message by the same author</source>
        <translation>같은 작성자의 이전 메시지</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Filter: text, author, unread only, links</source>
        <translation>필터: 텍스트, 작성자, 읽지 않은 것만, 링크</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Undo the last delete or ban while its toast shows</source>
        <translation>알림이 보이는 동안 마지막 삭제나 차단을 취소</translation>
    </message>
    <message>
        <source>Cancel bulk action</source>
        <translation>일괄 작업 취소</translation>
    </message>
    <message>
        <source>Cancel the rest of a bulk action</source>
        <translation>일괄 작업의 나머지 취소</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>실패 항목 재시도</translation>
    </message>
    <message>
        <source>Retry what failed in a bulk action</source>
        <translation>일괄 작업에서 실패한 항목 재시도</translation>
    </message>
    <message>
        <source>Go to the send box</source>
        <translation>입력창으로 이동</translation>
    </message>
    <message>
        <source>I&apos;m on it</source>
        <translation>제가 처리할게요</translation>
    </message>
    <message>
        <source>Claim the message for the team, or let it go (team workspace)</source>
        <translation>팀에서 이 메시지를 맡거나 놓기 (팀 작업 공간)</translation>
    </message>
    <message>
        <source>I&apos;m on this author</source>
        <translation>이 작성자는 제가 맡을게요</translation>
    </message>
    <message>
        <source>Claim the message&apos;s author for the team, or let them go (team workspace)</source>
        <translation>팀에서 이 메시지의 작성자를 맡거나 놓기 (팀 작업 공간)</translation>
    </message>
    <message>
        <source>Previous / next message</source>
        <translation>이전 / 다음 메시지</translation>
    </message>
    <message>
        <source>Extend the selection</source>
        <translation>선택 범위 확장</translation>
    </message>
    <message>
        <source>A screen up / down</source>
        <translation>한 화면 위 / 아래</translation>
    </message>
    <message>
        <source>Oldest message / newest (and follow the chat)</source>
        <translation>가장 오래된 메시지 / 최신 메시지 (채팅 따라가기)</translation>
    </message>
    <message>
        <source>Select every message</source>
        <translation>모든 메시지 선택</translation>
    </message>
    <message>
        <source>Open the context menu</source>
        <translation>컨텍스트 메뉴 열기</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Earlier / later sent messages</source>
        <translation>이전 / 이후에 보낸 메시지</translation>
    </message>
    <message>
        <source>Clear the filter and close the bar</source>
        <translation>필터를 지우고 막대 닫기</translation>
    </message>
    <message>
        <source>Confirm / cancel</source>
        <translation>확인 / 취소</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Approve: show the held message in its tab</source>
        <translation>승인: 보류된 메시지를 탭에 표시</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Deny: delete it where the platform can</source>
        <translation>거부: 플랫폼에서 가능하면 삭제</translation>
    </message>
    <message>
        <source>Deny + timeout…</source>
        <translation>거부 + 타임아웃…</translation>
    </message>
    <message>
        <source>Deny, then time the author out</source>
        <translation>거부한 뒤 작성자 타임아웃</translation>
    </message>
    <message>
        <source>Deny + ban…</source>
        <translation>거부 + 차단…</translation>
    </message>
    <message>
        <source>Deny, then ban the author</source>
        <translation>거부한 뒤 작성자 차단</translation>
    </message>
    <message>
        <source>Automod &amp;review queue</source>
        <translation>자동 모더레이션 검토 대기열(&amp;R)</translation>
    </message>
    <message>
        <source>Automod review queue</source>
        <translation>자동 모더레이션 검토 대기열</translation>
    </message>
    <message>
        <source>Automod &amp;rules…</source>
        <translation>자동 모더레이션 규칙(&amp;R)…</translation>
    </message>
    <message>
        <source>Automod rules</source>
        <translation>자동 모더레이션 규칙</translation>
    </message>
    <message>
        <source>&amp;Connect a stream…</source>
        <translation>스트림 연결(&amp;C)…</translation>
    </message>
    <message>
        <source>Connect a stream</source>
        <translation>스트림 연결</translation>
    </message>
    <message>
        <source>Close &amp;tab</source>
        <translation>탭 닫기(&amp;T)</translation>
    </message>
    <message>
        <source>Close the tab</source>
        <translation>탭 닫기</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>다음 탭(&amp;N)</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>다음 탭</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>이전 탭(&amp;P)</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>이전 탭</translation>
    </message>
    <message>
        <source>&amp;Search all streams…</source>
        <translation>모든 스트림 검색(&amp;S)…</translation>
    </message>
    <message>
        <source>Search every stream and archive</source>
        <translation>모든 스트림과 보관 기록 검색</translation>
    </message>
    <message>
        <source>&amp;User card of the selected author</source>
        <translation>선택한 작성자의 사용자 카드(&amp;U)</translation>
    </message>
    <message>
        <source>User card</source>
        <translation>사용자 카드</translation>
    </message>
    <message>
        <source>&amp;All streams tab</source>
        <translation>모든 스트림 탭(&amp;A)</translation>
    </message>
    <message>
        <source>All streams tab</source>
        <translation>모든 스트림 탭</translation>
    </message>
    <message>
        <source>Audit &amp;log</source>
        <translation>감사 로그(&amp;L)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>감사 로그</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Larger chat text (every list)</source>
        <translation>채팅 텍스트 크게 (모든 목록)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller chat text (every list)</source>
        <translation>채팅 텍스트 작게 (모든 목록)</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>보통 크기(&amp;N)</translation>
    </message>
    <message>
        <source>Chat text at its normal size</source>
        <translation>채팅 텍스트를 보통 크기로</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <source>Every shortcut on one page</source>
        <translation>모든 단축키를 한 페이지에</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>the languages shipped, by code, each named in its own language (never translated)</extracomment>
        <translation> 또는 </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Streams</source>
        <extracomment>how long the status bar shows a message of each level (ms) the moderator closed the window (or the app was asked to quit) Streams → Connect a stream… (or the empty state&apos;s button) the moderator closed a tab (its widget): nothing is asked, nothing is lost Edit → Search all streams… Edit → User card of the selected message&apos;s author View → All streams tab, checked or not File → Export chat… in this format (&quot;csv&quot; or &quot;jsonl&quot;)</extracomment>
        <translation>스트림</translation>
    </message>
    <message>
        <source>Something in a message could not be shown; the app kept running. Help → About names the log file.</source>
        <translation>메시지의 일부를 표시하지 못했지만 앱은 계속 실행 중입니다. 도움말 → 정보에서 로그 파일을 확인하세요.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>{app} 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Chat as &amp;CSV…</source>
        <translation>채팅을 CSV로(&amp;C)…</translation>
    </message>
    <message>
        <source>Chat as &amp;JSON Lines…</source>
        <translation>채팅을 JSON Lines로(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>No chat archive is kept in this session.</source>
        <translation>이 세션에서는 채팅 보관 기록을 남기지 않습니다.</translation>
    </message>
    <message>
        <source>Audit log as C&amp;SV…</source>
        <translation>감사 로그를 CSV로(&amp;S)…</translation>
    </message>
    <message>
        <source>Audit log as JSON &amp;Lines…</source>
        <translation>감사 로그를 JSON Lines로(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Streams</source>
        <translation>스트림(&amp;S)</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} 정보</translation>
    </message>
    <message>
        <source>Moderate live-stream chats on several platforms from one window.</source>
        <translation>여러 플랫폼의 라이브 스트림 채팅을 한 창에서 관리합니다.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>로그 파일: {path}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>✎ note</source>
        <extracomment>behind a highlighted row: a warm tint that reads on light and dark themes alike before a name that imitates a moderator&apos;s, the streamer&apos;s or the moderator&apos;s own the chip of a banned or timed-out author (white text on it reads at 6.5:1) the chip of an author the moderator wrote a note on; the note is its tooltip</extracomment>
        <translation>✎ 메모</translation>
    </message>
</context>
<context>
    <name>MessageModel</name>
    <message>
        <source>⚠ looks like {name}, but is another account</source>
        <extracomment>rows admitted in one turn of the GUI loop at most (inserting and measuring ~500 rows stays around a millisecond); a longer queue goes on in the next turn the pause before the next share of a long queue: Qt 6 runs a 0 ms timer before any other, 1 ms lets input, paint and the network have their turn in between the ChatMessage behind a row a batch of rows was appended (first, last) the oldest rows left the model (a list of ChatMessage, oldest first) how many chat lines are neither read nor deleted, when that number changed rows whose state changed: a list of (before, after) messages (announced to screen readers) kept up to date on every change, so asking costs nothing at 100k rows the id of the newest read row: the last-read line is drawn below it the names of this stream&apos;s staff, and the authors whose names imitate them the platform&apos;s name for a stream key, as a row&apos;s accessible text says it</extracomment>
        <translation>⚠ {name}처럼 보이지만 다른 계정입니다</translation>
    </message>
    <message>
        <source>Removed on the platform by someone else, not by you</source>
        <translation>본인이 아닌 다른 사람이 플랫폼에서 삭제함</translation>
    </message>
    <message>
        <source>removed on the platform</source>
        <translation>플랫폼에서 삭제됨</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>대기 중</translation>
    </message>
</context>
<context>
    <name>MessageTableModel</name>
    <message>
        <source>deleted</source>
        <extracomment>how many of them are still only in the open tabs, not yet in the archive the archive could not be searched (none attached): a sentence saying so, or &quot;&quot; a stream key&apos;s platform for the rows&apos; accessible text (default: the stream&apos;s name)</extracomment>
        <translation>삭제됨</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Chat messages</source>
        <extracomment>how close to the end still counts as &quot;at the bottom&quot; rows inserted or trimmed are measured this much later, in a turn of their own, and painted as much later again: Qt 6 runs a 0 ms timer before any other, so 1 ms lets the GUI answer between the insert, the measuring and the paint the moderator scrolled to the very top: older messages may be wanted the list stopped or started following the chat (True: paused) rows went in or out in this turn and the rows in sight are not measured yet the paint was put off once for the measuring turn (never twice: a busy chat paints)</extracomment>
        <translation>채팅 메시지</translation>
    </message>
</context>
<context>
    <name>ModerationLines</name>
    <message>
        <source>{name} was banned by you</source>
        <translation>{name} 님을 차단했습니다</translation>
    </message>
    <message>
        <source>{name} was banned by {who}</source>
        <translation>{who}이(가) {name} 님을 차단했습니다</translation>
    </message>
    <message>
        <source>{name} was unbanned by you</source>
        <translation>{name} 님의 차단을 해제했습니다</translation>
    </message>
    <message>
        <source>{name} was unbanned by {who}</source>
        <translation>{who}이(가) {name} 님의 차단을 해제했습니다</translation>
    </message>
    <message>
        <source>{name} was timed out for {duration} by you</source>
        <translation>{name} 님을 {duration} 동안 타임아웃했습니다</translation>
    </message>
    <message>
        <source>{name} was timed out for {duration} by {who}</source>
        <translation>{who}이(가) {name} 님을 {duration} 동안 타임아웃했습니다</translation>
    </message>
</context>
<context>
    <name>NewMessagesPill</name>
    <message>
        <source>Jump to the newest message and follow the chat again (End)</source>
        <extracomment>the first row that arrived since the list paused (None: nothing new)</extracomment>
        <translation>최신 메시지로 이동하고 다시 채팅 따라가기 (End)</translation>
    </message>
    <message>
        <source>New messages below</source>
        <translation>아래에 새 메시지</translation>
    </message>
</context>
<context>
    <name>NoteBox</name>
    <message>
        <source>Your note on this author</source>
        <extracomment>the note was saved (or removed)</extracomment>
        <translation>이 작성자에 대한 내 메모</translation>
    </message>
    <message>
        <source>Shown on this card and as a ✎ chip on their rows; shared with your team if you have one.</source>
        <translation>이 카드와 해당 작성자의 행에 ✎ 표시로 나타나며, 팀이 있으면 팀과 공유됩니다.</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>메모 저장</translation>
    </message>
    <message>
        <source>Written by {moderator}.</source>
        <translation>{moderator} 님이 작성했습니다.</translation>
    </message>
    <message>
        <source>{moderator} changed this note meanwhile; saving replaces it.</source>
        <translation>그 사이 {moderator} 님이 이 메모를 바꿨습니다. 저장하면 덮어씁니다.</translation>
    </message>
    <message>
        <source>The note could not be saved ({error}); it is still in the box.</source>
        <translation>메모를 저장하지 못했습니다 ({error}). 입력한 내용은 상자에 그대로 있습니다.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <source>Note removed.</source>
        <translation>메모를 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <extracomment>each level&apos;s colour: errors and warnings red as before, news blue; the text is made to read (4.5:1) on the theme&apos;s window, the bar&apos;s background is a tint of it how much of the level&apos;s colour the bar&apos;s background takes</extracomment>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>PeopleBox</name>
    <message>
        <source>The same person elsewhere?</source>
        <extracomment>how many messages of a name the suggestions look at</extracomment>
        <translation>다른 곳의 같은 사람인가요?</translation>
    </message>
    <message>
        <source>Linked</source>
        <extracomment>the author -&gt; its Link or Unlink button the author -&gt; its sentence</extracomment>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>연결 해제</translation>
    </message>
    <message>
        <source>Possibly the same person</source>
        <translation>같은 사람일 수 있음</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>{what}: {name} on {where} ({count})</source>
        <translation>{what}: {where}의 {name} ({count})</translation>
    </message>
    <message>
        <source>Show their messages and actions on this card, also after a restart.</source>
        <translation>이 카드에 이 사람의 메시지와 작업을 표시합니다 (다시 시작한 뒤에도).</translation>
    </message>
    <message>
        <source>Take them off this card: they are someone else.</source>
        <translation>이 카드에서 제외합니다: 다른 사람입니다.</translation>
    </message>
    <message>
        <source>No one of this name in the other streams.</source>
        <translation>다른 스트림에 이 이름을 가진 사람이 없습니다.</translation>
    </message>
</context>
<context>
    <name>PickAuthor</name>
    <message>
        <source>Which author?</source>
        <extracomment>how much of an author&apos;s last message the list shows</extracomment>
        <translation>어느 작성자인가요?</translation>
    </message>
    <message>
        <source>Several authors of this chat go by “{name}”. Which one did you mean?</source>
        <translation>이 채팅에서 “{name}”(이)라는 이름을 쓰는 작성자가 여러 명입니다. 누구를 말씀하셨나요?</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>Sign in through the browser with your partner client id and secret, or paste tokens you already have.</source>
        <translation>파트너 클라이언트 ID와 시크릿으로 브라우저에서 로그인하거나, 이미 가진 토큰을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>PRISM deletes in one step; it has no permanent delete.</source>
        <translation>PRISM은 한 번에 삭제하며, 영구 삭제가 따로 없습니다.</translation>
    </message>
    <message>
        <source>PRISM keeps no read flag; read state is kept on this computer.</source>
        <translation>PRISM은 읽음 표시를 보관하지 않으므로 읽음 상태는 이 컴퓨터에 저장됩니다.</translation>
    </message>
    <message>
        <source>PRISM has no flag-for-review endpoint.</source>
        <translation>PRISM에는 검토 요청 엔드포인트가 없습니다.</translation>
    </message>
    <message>
        <source>A PRISM chat ends with its live, not from here.</source>
        <translation>PRISM 채팅은 여기서가 아니라 라이브가 끝날 때 종료됩니다.</translation>
    </message>
    <message>
        <source>PRISM chat is read by polling about every 5 seconds.</source>
        <translation>PRISM 채팅은 약 5초마다 폴링으로 읽습니다.</translation>
    </message>
    <message>
        <source>Sign in with PRISM in the browser…</source>
        <translation>브라우저에서 PRISM으로 로그인…</translation>
    </message>
    <message>
        <source>Fill in the base URL, client ID and client secret below first. Your browser opens PRISM&apos;s sign-in page; the tokens come back here by themselves.</source>
        <translation>먼저 아래에 기본 URL, 클라이언트 ID, 클라이언트 시크릿을 입력하세요. 브라우저에서 PRISM 로그인 페이지가 열리고, 토큰은 자동으로 여기로 돌아옵니다.</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>요청 제한 시간</translation>
    </message>
    <message>
        <source>Seconds to wait for the platform to answer.</source>
        <translation>플랫폼 응답을 기다릴 시간(초).</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>기본 URL</translation>
    </message>
    <message>
        <source>The PRISM B2B API address your partner account was given.</source>
        <translation>파트너 계정에 발급된 PRISM B2B API 주소.</translation>
    </message>
    <message>
        <source>Live ID</source>
        <translation>라이브 ID</translation>
    </message>
    <message>
        <source>The live whose chat to moderate.</source>
        <translation>채팅을 관리할 라이브.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>액세스 토큰</translation>
    </message>
    <message>
        <source>OAuth access token (x-prism-access-token).</source>
        <translation>OAuth 액세스 토큰 (x-prism-access-token).</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>갱신 토큰</translation>
    </message>
    <message>
        <source>Refresh token, to renew the access token.</source>
        <translation>액세스 토큰을 갱신하기 위한 갱신 토큰.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>클라이언트 ID</translation>
    </message>
    <message>
        <source>Partner client id, needed to refresh tokens.</source>
        <translation>토큰 갱신에 필요한 파트너 클라이언트 ID.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>클라이언트 시크릿</translation>
    </message>
    <message>
        <source>Partner client secret.</source>
        <translation>파트너 클라이언트 시크릿.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>이름표</translation>
    </message>
    <message>
        <source>Tab title; the live&apos;s title when empty.</source>
        <translation>탭 제목. 비우면 라이브 제목을 씁니다.</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>인증 URL</translation>
    </message>
    <message>
        <source>Browser sign-in page; empty: {base_url}/prism/v1/service/oauth2/authorize (not documented by PRISM: an inference).</source>
        <translation>브라우저 로그인 페이지. 비우면 {base_url}/prism/v1/service/oauth2/authorize (PRISM 문서에 없음: 추정).</translation>
    </message>
    <message>
        <source>Sign in with a code Allmine e-mails you, then name the live stream.</source>
        <translation>Allmine이 이메일로 보내는 코드로 로그인한 다음 라이브 스트림을 지정하세요.</translation>
    </message>
    <message>
        <source>Allmine has no endpoint to delete a chat message.</source>
        <translation>Allmine에는 채팅 메시지를 삭제하는 엔드포인트가 없습니다.</translation>
    </message>
    <message>
        <source>Allmine has no read flag for chat messages; read state is kept on this computer.</source>
        <translation>Allmine에는 채팅 메시지 읽음 표시가 없으므로 읽음 상태는 이 컴퓨터에 저장됩니다.</translation>
    </message>
    <message>
        <source>Allmine has no moderator ban endpoint; a user can only block another user for themselves.</source>
        <translation>Allmine에는 모더레이터 차단 엔드포인트가 없습니다. 사용자는 다른 사용자를 자신에게만 차단할 수 있습니다.</translation>
    </message>
    <message>
        <source>Allmine has no endpoint to report a chat message.</source>
        <translation>Allmine에는 채팅 메시지를 신고하는 엔드포인트가 없습니다.</translation>
    </message>
    <message>
        <source>Allmine has no endpoint to end a chat; it ends with the stream.</source>
        <translation>Allmine에는 채팅을 종료하는 엔드포인트가 없으며, 채팅은 스트림과 함께 끝납니다.</translation>
    </message>
    <message>
        <source>Allmine documents no realtime endpoint; its chat is polled.</source>
        <translation>Allmine은 실시간 엔드포인트를 문서화하지 않아 채팅을 폴링으로 읽습니다.</translation>
    </message>
    <message>
        <source>Type your e-mail address and press Send code, then type the code from the e-mail and press Sign in: the tokens are filled in below.</source>
        <translation>이메일 주소를 입력하고 코드 보내기를 누른 다음, 이메일로 받은 코드를 입력하고 로그인을 누르세요. 토큰이 아래에 채워집니다.</translation>
    </message>
    <message>
        <source>The Allmine API address (no public default; the docs only show example.com).</source>
        <translation>Allmine API 주소 (공개된 기본값 없음; 문서에는 example.com만 있음).</translation>
    </message>
    <message>
        <source>Live stream ID</source>
        <translation>라이브 스트림 ID</translation>
    </message>
    <message>
        <source>The live stream whose chat to moderate (its 24-hex streamId).</source>
        <translation>채팅을 관리할 라이브 스트림 (24자리 16진수 streamId).</translation>
    </message>
    <message>
        <source>JWT access token, sent as a Bearer token.</source>
        <translation>Bearer 토큰으로 보내는 JWT 액세스 토큰.</translation>
    </message>
    <message>
        <source>Refresh token, to renew the access token when it expires.</source>
        <translation>액세스 토큰이 만료되면 갱신하기 위한 갱신 토큰.</translation>
    </message>
    <message>
        <source>Page order</source>
        <translation>페이지 순서</translation>
    </message>
    <message>
        <source>Which end of the chat the first page holds; auto tells it from the dates.</source>
        <translation>첫 페이지가 채팅의 어느 쪽 끝을 담는지. auto는 날짜로 판단합니다.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>페이지 크기</translation>
    </message>
    <message>
        <source>Messages per request (1 to 100).</source>
        <translation>요청당 메시지 수 (1~100).</translation>
    </message>
    <message>
        <source>Tab title; &apos;Allmine stream &lt;id&gt;&apos; when empty.</source>
        <translation>탭 제목. 비우면 &apos;Allmine stream &lt;id&gt;&apos;.</translation>
    </message>
    <message>
        <source>Use an API client id and secret from the IBM Video dashboard.</source>
        <translation>IBM Video 대시보드의 API 클라이언트 ID와 시크릿을 사용하세요.</translation>
    </message>
    <message>
        <source>IBM Video has one chat room per channel; there is no chat to end.</source>
        <translation>IBM Video는 채널마다 채팅방이 하나라 종료할 채팅이 없습니다.</translation>
    </message>
    <message>
        <source>This channel&apos;s Stream Chat settings turn read events off, so read state is kept on this computer.</source>
        <translation>이 채널의 Stream Chat 설정에서 읽음 이벤트가 꺼져 있어 읽음 상태는 이 컴퓨터에 저장됩니다.</translation>
    </message>
    <message>
        <source>Channel ID</source>
        <translation>채널 ID</translation>
    </message>
    <message>
        <source>The IBM Video channel whose chat to moderate.</source>
        <translation>채팅을 관리할 IBM Video 채널.</translation>
    </message>
    <message>
        <source>API client id from the IBM Video dashboard.</source>
        <translation>IBM Video 대시보드의 API 클라이언트 ID.</translation>
    </message>
    <message>
        <source>API client secret (sent as HTTP Basic).</source>
        <translation>API 클라이언트 시크릿 (HTTP Basic으로 전송).</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API 기본 URL</translation>
    </message>
    <message>
        <source>IBM Video API address.</source>
        <translation>IBM Video API 주소.</translation>
    </message>
    <message>
        <source>Token base URL</source>
        <translation>토큰 기본 URL</translation>
    </message>
    <message>
        <source>Where the OAuth token endpoint (/oauth2/token) lives.</source>
        <translation>OAuth 토큰 엔드포인트(/oauth2/token)가 있는 곳.</translation>
    </message>
    <message>
        <source>Refresh token from an earlier sign-in; client credentials are used without.</source>
        <translation>이전 로그인의 갱신 토큰. 없으면 클라이언트 자격 증명을 사용합니다.</translation>
    </message>
    <message>
        <source>Tab title; &apos;IBM Video channel …&apos; when empty.</source>
        <translation>탭 제목. 비우면 &apos;IBM Video channel …&apos;.</translation>
    </message>
    <message>
        <source>Use the site&apos;s address and an API key; Test connection checks the key.</source>
        <translation>사이트 주소와 API 키를 사용하세요. 연결 테스트가 키를 확인합니다.</translation>
    </message>
    <message>
        <source>Brilliant Directories has a single delete, which already removes the message.</source>
        <translation>Brilliant Directories에는 삭제가 하나뿐이며, 그것으로 메시지가 완전히 지워집니다.</translation>
    </message>
    <message>
        <source>Brilliant Directories chat has no way to ban a site visitor.</source>
        <translation>Brilliant Directories 채팅에서는 사이트 방문자를 차단할 수 없습니다.</translation>
    </message>
    <message>
        <source>Brilliant Directories chat has no timeouts.</source>
        <translation>Brilliant Directories 채팅에는 타임아웃이 없습니다.</translation>
    </message>
    <message>
        <source>Brilliant Directories chat bans no one, so there is nothing to lift.</source>
        <translation>Brilliant Directories 채팅은 아무도 차단하지 않으므로 해제할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Brilliant Directories has no flag-for-review for chat messages.</source>
        <translation>Brilliant Directories에는 채팅 메시지 검토 요청 기능이 없습니다.</translation>
    </message>
    <message>
        <source>The API cannot close a chat thread; close it in the site&apos;s admin panel.</source>
        <translation>API로는 채팅 스레드를 닫을 수 없습니다. 사이트 관리자 패널에서 닫으세요.</translation>
    </message>
    <message>
        <source>Brilliant Directories chat is read by polling about every 5 s.</source>
        <translation>Brilliant Directories 채팅은 약 5초마다 폴링으로 읽습니다.</translation>
    </message>
    <message>
        <source>Site URL</source>
        <translation>사이트 URL</translation>
    </message>
    <message>
        <source>The directory website, e.g. https://www.yourdomain.com.</source>
        <translation>디렉터리 웹사이트 (예: https://www.yourdomain.com).</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <source>API key from the site&apos;s Admin Panel, Developer Hub → Generate API Key.</source>
        <translation>사이트 관리자 패널의 API 키: Developer Hub → Generate API Key.</translation>
    </message>
    <message>
        <source>Owner token</source>
        <translation>소유자 토큰</translation>
    </message>
    <message>
        <source>The message_owner token your replies are written as (the site owner&apos;s).</source>
        <translation>답장을 작성할 때 쓰는 message_owner 토큰 (사이트 소유자의 것).</translation>
    </message>
    <message>
        <source>Thread token</source>
        <translation>스레드 토큰</translation>
    </message>
    <message>
        <source>Moderate only this chat thread; empty for every thread.</source>
        <translation>이 채팅 스레드만 관리합니다. 비우면 모든 스레드.</translation>
    </message>
    <message>
        <source>Reply thread</source>
        <translation>답장 스레드</translation>
    </message>
    <message>
        <source>Thread your messages go to; empty: the thread a visitor wrote in last.</source>
        <translation>메시지를 보낼 스레드. 비우면 방문자가 마지막으로 쓴 스레드.</translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <source>The site&apos;s time zone: created_at carries none (an inference: site-local).</source>
        <translation>사이트의 시간대: created_at에는 시간대가 없습니다 (추정: 사이트 현지 시간).</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>분당 요청 수</translation>
    </message>
    <message>
        <source>The key&apos;s rate limit as set in the Admin Panel (100 unless raised).</source>
        <translation>관리자 패널에서 설정한 키의 요청 한도 (올리지 않았다면 100).</translation>
    </message>
    <message>
        <source>Tab title; the site&apos;s name when empty.</source>
        <translation>탭 제목. 비우면 사이트 이름.</translation>
    </message>
    <message>
        <source>Sign in as an agent: account number, user name and password.</source>
        <translation>상담원으로 로그인하세요: 계정 번호, 사용자 이름, 비밀번호.</translation>
    </message>
    <message>
        <source>The legacy Chat Agent API cannot delete a visitor&apos;s line.</source>
        <translation>레거시 Chat Agent API로는 방문자의 줄을 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>LivePerson keeps no read flag; read state is kept on this computer.</source>
        <translation>LivePerson은 읽음 표시를 보관하지 않으므로 읽음 상태는 이 컴퓨터에 저장됩니다.</translation>
    </message>
    <message>
        <source>LivePerson offers no ban for visitors; end the chat instead.</source>
        <translation>LivePerson은 방문자 차단을 제공하지 않습니다. 대신 채팅을 종료하세요.</translation>
    </message>
    <message>
        <source>LivePerson offers no timeout for visitors; end the chat instead.</source>
        <translation>LivePerson은 방문자 타임아웃을 제공하지 않습니다. 대신 채팅을 종료하세요.</translation>
    </message>
    <message>
        <source>LivePerson has no bans to lift.</source>
        <translation>LivePerson에는 해제할 차단이 없습니다.</translation>
    </message>
    <message>
        <source>The legacy Chat Agent API has no flag-for-review.</source>
        <translation>레거시 Chat Agent API에는 검토 요청 기능이 없습니다.</translation>
    </message>
    <message>
        <source>The legacy Chat Agent API is read by polling every few seconds.</source>
        <translation>레거시 Chat Agent API는 몇 초마다 폴링으로 읽습니다.</translation>
    </message>
    <message>
        <source>Your account&apos;s LivePerson server, e.g. https://sales.liveperson.net.</source>
        <translation>계정의 LivePerson 서버 (예: https://sales.liveperson.net).</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>계정 ID</translation>
    </message>
    <message>
        <source>The LivePerson account (site) number.</source>
        <translation>LivePerson 계정(사이트) 번호.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>The agent&apos;s login name.</source>
        <translation>상담원의 로그인 이름.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>The agent&apos;s password.</source>
        <translation>상담원의 비밀번호.</translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation>폴링 간격</translation>
    </message>
    <message>
        <source>Seconds between two polls; LivePerson allows no less than 2.</source>
        <translation>두 폴링 사이의 시간(초). LivePerson은 2 미만을 허용하지 않습니다.</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>갱신 간격</translation>
    </message>
    <message>
        <source>Seconds between session refreshes; LivePerson asks for every few minutes.</source>
        <translation>세션 갱신 사이의 시간(초). LivePerson은 몇 분마다 갱신을 요구합니다.</translation>
    </message>
    <message>
        <source>Tab title; made from the user name when empty.</source>
        <translation>탭 제목. 비우면 사용자 이름으로 만듭니다.</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>{name}&apos;s message</source>
        <translation>{name}의 메시지</translation>
    </message>
    <message>
        <source>Delete {what} on {platform} permanently? This cannot be undone.</source>
        <translation>{platform}에서 {what}을(를) 영구 삭제할까요? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>{action} {what} on {platform}?</source>
        <translation>{platform}에서 {what}: {action}?</translation>
    </message>
    <message>
        <source>{authors} ({names})</source>
        <translation>{authors} ({names})</translation>
    </message>
    <message>
        <source>Time out {who} on {platform} for {length}?</source>
        <translation>{platform}에서 {who}을(를) {length} 동안 타임아웃할까요?</translation>
    </message>
    <message>
        <source>Unban {who} on {platform}?</source>
        <translation>{platform}에서 {who}의 차단을 해제할까요?</translation>
    </message>
    <message>
        <source>Ban {who} on {platform} permanently?</source>
        <translation>{platform}에서 {who}을(를) 영구 차단할까요?</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} 외 %Ln명</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestrictDialog</name>
    <message>
        <source>Ban author</source>
        <extracomment>button ids beyond the presets&apos; indexes (a QButtonGroup id of -1 means &quot;pick one for me&quot;) a typed command&apos;s duration that is neither a preset nor whole minutes (&quot;30s&quot;)</extracomment>
        <translation>작성자 차단</translation>
    </message>
    <message>
        <source>Time out author</source>
        <translation>작성자 타임아웃</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Ban</source>
        <extracomment>says why the reason field is off, where the platform takes none</extracomment>
        <translation>차단</translation>
    </message>
    <message>
        <source>Custom:</source>
        <translation>직접 입력:</translation>
    </message>
    <message>
        <source>Permanent ban</source>
        <translation>영구 차단</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>기간:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>사유:</translation>
    </message>
    <message>
        <source>{platform} does not offer this.</source>
        <translation>{platform}은(는) 이 기능을 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>Sent to {platform} with the ban (optional)</source>
        <translation>차단과 함께 {platform}에 전송 (선택)</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>보내지 않음</translation>
    </message>
    <message>
        <source>{platform} takes no reason with a ban: nothing would be sent.</source>
        <translation>{platform}은(는) 차단 사유를 받지 않으므로 아무것도 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>타임아웃</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>스트림</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Messages held for review</source>
        <translation>검토 대기 중인 메시지</translation>
    </message>
    <message>
        <source>Newest first; A approves, D denies the selected messages</source>
        <translation>최신순; A는 선택한 메시지를 승인하고 D는 거부합니다</translation>
    </message>
</context>
<context>
    <name>RowAnnouncer</name>
    <message>
        <source>Removed on the platform</source>
        <extracomment>up to this many changed rows are named one by one; more are counted</extracomment>
        <translation>플랫폼에서 삭제됨</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>복원됨</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <source>How the rule is named in the list and the audit log</source>
        <translation>목록과 감사 로그에 표시되는 규칙 이름</translation>
    </message>
    <message>
        <source>What the rule looks for in a message</source>
        <translation>규칙이 메시지에서 찾는 것</translation>
    </message>
    <message>
        <source>What happens to a message the rule catches</source>
        <translation>규칙에 걸린 메시지에 대한 조치</translation>
    </message>
    <message>
        <source>How long the author is timed out</source>
        <translation>작성자의 타임아웃 시간</translation>
    </message>
    <message>
        <source>Only enabled rules check messages</source>
        <translation>활성화된 규칙만 메시지를 검사합니다</translation>
    </message>
    <message>
        <source>Mark the messages it would catch, do nothing</source>
        <translation>걸릴 메시지만 표시하고 조치하지 않음</translation>
    </message>
    <message>
        <source>Every stream, one platform, or one stream</source>
        <translation>모든 방송, 한 플랫폼 또는 한 방송</translation>
    </message>
    <message>
        <source>The platform or stream the rule applies to</source>
        <translation>규칙이 적용되는 플랫폼 또는 방송</translation>
    </message>
    <message>
        <source>One word or phrase a line</source>
        <translation>한 줄에 단어나 구절 하나</translation>
    </message>
    <message>
        <source>A message matching it is caught</source>
        <translation>이와 일치하는 메시지가 걸립니다</translation>
    </message>
    <message>
        <source>Links to these sites are let through</source>
        <translation>이 사이트로 가는 링크는 허용됩니다</translation>
    </message>
    <message>
        <source>Caught above this share of capital letters</source>
        <translation>대문자 비율이 이보다 높으면 걸립니다</translation>
    </message>
    <message>
        <source>Shorter messages are never caught for capitals</source>
        <translation>이보다 짧은 메시지는 대문자로 걸리지 않습니다</translation>
    </message>
    <message>
        <source>Messages from one author that count as a flood</source>
        <translation>한 작성자의 도배로 간주되는 메시지 수</translation>
    </message>
    <message>
        <source>The time those messages must fall within</source>
        <translation>해당 메시지가 들어와야 하는 시간</translation>
    </message>
    <message>
        <source>How many of a new author&apos;s messages count</source>
        <translation>새 작성자의 메시지 중 몇 개를 볼지</translation>
    </message>
    <message>
        <source>Names others may not pass themselves off as</source>
        <translation>다른 사람이 사칭할 수 없는 이름</translation>
    </message>
    <message>
        <source>Longer messages are caught</source>
        <translation>이보다 긴 메시지가 걸립니다</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Dry run: only mark what it would do</source>
        <translation>테스트 실행: 할 일을 표시만 함</translation>
    </message>
    <message>
        <source>prism, or prism:1001</source>
        <translation>prism 또는 prism:1001</translation>
    </message>
    <message>
        <source>one word or phrase a line</source>
        <translation>한 줄에 단어나 구절 하나</translation>
    </message>
    <message>
        <source>youtube.com, twitch.tv</source>
        <translation>youtube.com, twitch.tv</translation>
    </message>
    <message>
        <source>Streamer, ModSquad Lead</source>
        <translation>스트리머, ModSquad 리더</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>타임아웃</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>적용 대상</translation>
    </message>
    <message>
        <source>Platform or stream</source>
        <translation>플랫폼 또는 스트림</translation>
    </message>
    <message>
        <source>Words and phrases</source>
        <translation>단어와 구절</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>정규식</translation>
    </message>
    <message>
        <source>Allowed domains</source>
        <translation>허용 도메인</translation>
    </message>
    <message>
        <source>Share of capitals</source>
        <translation>대문자 비율</translation>
    </message>
    <message>
        <source>At least letters</source>
        <translation>최소 글자 수</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>First messages</source>
        <translation>첫 메시지 수</translation>
    </message>
    <message>
        <source>Protected names</source>
        <translation>보호할 이름</translation>
    </message>
    <message>
        <source>Longer than (characters)</source>
        <translation>최대 길이 (글자 수)</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>링크</translation>
    </message>
    <message>
        <source>Capitals</source>
        <translation>대문자</translation>
    </message>
    <message>
        <source>Repeated message</source>
        <translation>반복 메시지</translation>
    </message>
    <message>
        <source>Raid (same text, many authors)</source>
        <translation>레이드 (같은 글, 여러 작성자)</translation>
    </message>
    <message>
        <source>Flood (many messages)</source>
        <translation>도배 (많은 메시지)</translation>
    </message>
    <message>
        <source>New author</source>
        <translation>새 작성자</translation>
    </message>
    <message>
        <source>Look-alike name</source>
        <translation>닮은 이름</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>강조</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>검토 요청</translation>
    </message>
    <message>
        <source>Hold for review</source>
        <translation>검토를 위해 보류</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>타임아웃</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>차단</translation>
    </message>
    <message>
        <source>Strike (the ladder decides)</source>
        <translation>경고 (단계에 따라 결정)</translation>
    </message>
    <message>
        <source>All streams</source>
        <translation>모든 스트림</translation>
    </message>
    <message>
        <source>One platform</source>
        <translation>한 플랫폼</translation>
    </message>
    <message>
        <source>One stream</source>
        <translation>한 스트림</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search all streams</source>
        <translation>모든 스트림 검색</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>To</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>words or part of a word, any case</source>
        <translation>단어 또는 단어 일부, 대소문자 무시</translation>
    </message>
    <message>
        <source>part of the name</source>
        <translation>이름의 일부</translation>
    </message>
    <message>
        <source>Every platform</source>
        <translation>모든 플랫폼</translation>
    </message>
    <message>
        <source>Text &amp;contains</source>
        <translation>텍스트 포함(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>작성자(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>플랫폼(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>시간(&amp;W)</translation>
    </message>
    <message>
        <source>%1 date and time</source>
        <translation>%1 날짜와 시간</translation>
    </message>
    <message>
        <source> (the newest shown; narrow the search for others)</source>
        <translation> (최신 항목만 표시; 나머지는 검색 범위를 좁히세요)</translation>
    </message>
    <message>
        <source>{found}{more}: {in_tabs} still in open tabs, {archived} from the archive.</source>
        <translation>{found}{more}: 열린 탭에 {in_tabs}개, 보관 기록에서 {archived}개.</translation>
    </message>
    <message>
        <source>User card of {name}…</source>
        <translation>{name}의 사용자 카드…</translation>
    </message>
</context>
<context>
    <name>SendBox</name>
    <message>
        <source>Completions</source>
        <extracomment>keys that change the word being completed without typing a character commands whose first argument is an author&apos;s name keys the completion popup answers itself; the line must not act on them too where Up / Down are in the history; len(history) is the line being typed the chat&apos;s authors&apos; names, newest speaker first (the tab sets it) the completion list (kept typed here: the completer owns it)</extracomment>
        <translation>자동 완성</translation>
    </message>
    <message>
        <source>Enter or Tab takes the highlighted word</source>
        <translation>Enter 또는 Tab으로 강조된 단어를 넣습니다</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Same as the system</source>
        <translation>시스템과 같게</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <source>Time to take back a delete or ban before it is sent; 0 turns it off.</source>
        <translation>삭제나 차단을 보내기 전에 취소할 수 있는 시간입니다. 0이면 끕니다.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Off (act at once)</source>
        <translation>끄기 (즉시 실행)</translation>
    </message>
    <message>
        <source>Show a notification when a highlight word appears</source>
        <translation>강조 단어가 나타나면 알림 표시</translation>
    </message>
    <message>
        <source> messages per tab</source>
        <translation>개 메시지 (탭당)</translation>
    </message>
    <message>
        <source>One word or phrase a line</source>
        <translation>한 줄에 단어나 구절 하나</translation>
    </message>
    <message>
        <source>Passphrase that unlocks the file</source>
        <translation>파일을 여는 암호 문구</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>테마:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>Used from the next start of Moderator.</source>
        <translation>다음에 Moderator를 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <source>Undo delay:</source>
        <translation>실행 취소 대기:</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>알림:</translation>
    </message>
    <message>
        <source>Keep in memory:</source>
        <translation>메모리에 보관:</translation>
    </message>
    <message>
        <source>Highlight words:</source>
        <translation>강조 단어:</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>설정 페이지</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Where sign-ins are kept</source>
        <translation>로그인 정보 보관 위치</translation>
    </message>
    <message>
        <source>The system keyring</source>
        <translation>시스템 키링</translation>
    </message>
    <message>
        <source>The system keyring (none found)</source>
        <translation>시스템 키링 (찾을 수 없음)</translation>
    </message>
    <message>
        <source>An encrypted file, unlocked with a passphrase</source>
        <translation>암호 문구로 여는 암호화 파일</translation>
    </message>
    <message>
        <source>This session only: sign in again after every start</source>
        <translation>이번 세션만: 시작할 때마다 다시 로그인</translation>
    </message>
    <message>
        <source>In use now: {store}.</source>
        <translation>현재 사용 중: {store}.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the encrypted file.</source>
        <translation>암호화 파일에 쓸 암호 문구를 정하세요.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>(section, keys, what it does)</extracomment>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>기능</translation>
    </message>
    <message>
        <source>Keys on messages work where the message list has the focus.</source>
        <translation>메시지 단축키는 메시지 목록에 포커스가 있을 때 작동합니다.</translation>
    </message>
</context>
<context>
    <name>SignInAgainTab</name>
    <message>
        <source>Sign in again…</source>
        <translation>다시 로그인…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Connecting</source>
        <extracomment>each status&apos;s word, translated where it is shown</extracomment>
        <translation>연결 중</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>방송 중</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>재시도 중</translation>
    </message>
    <message>
        <source>Rate-limited</source>
        <translation>요청 제한됨</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>로그아웃됨</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>{status}, next try in {seconds} s</source>
        <translation>{status}, {seconds}초 후 다시 시도</translation>
    </message>
    <message>
        <source>{status}, trying again in {seconds} s</source>
        <translation>{status}, {seconds}초 후 다시 시도합니다</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the system keyring</source>
        <translation>시스템 키링</translation>
    </message>
    <message>
        <source>memory only: secrets are forgotten when Moderator quits</source>
        <translation>메모리에만: Moderator를 종료하면 비밀 정보가 사라집니다</translation>
    </message>
    <message>
        <source>an encrypted file, unlocked with your passphrase</source>
        <translation>암호 문구로 여는 암호화 파일</translation>
    </message>
</context>
<context>
    <name>StreamController</name>
    <message>
        <source>Not sent: {reason}</source>
        <extracomment>a sentence for the moderator: an action failed, a send was refused … how many actions wait in the outbox for the platform to be reachable again messages that just arrived and mention a highlight word or the moderator&apos;s name the words or names to highlight changed (the list repaints with them) an action on this stream&apos;s messages moved on (an item finished, a batch ended) how many raw messages could not be read at all since the session started the stream&apos;s rows below Qt; the model is its adapter, and its id index is also the session&apos;s duplicate filter (one index per stream, not two) texts sent lately: their echo tells the moderator&apos;s name on this platform what arrived that a send may wait for, seen before the model&apos;s batch queue when what waits in the outbox goes out (core decides; this only shows it) automod&apos;s look at arrivals before the tab sees them: returns what the tab shows</extracomment>
        <translation>보내지 못함: {reason}</translation>
    </message>
    <message>
        <source>Something went wrong: {error}. See the log.</source>
        <translation>문제가 발생했습니다: {error}. 로그를 확인하세요.</translation>
    </message>
</context>
<context>
    <name>StreamTab</name>
    <message>
        <source>Stopped</source>
        <extracomment>unread chat lines in this tab, when the number changed (tab text, window title) the platform signed the moderator out and they want to sign in again</extracomment>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>⏸ Paused</source>
        <translation>⏸ 일시 정지</translation>
    </message>
    <message>
        <source>The list stays put while the pointer is on it or you read above</source>
        <translation>포인터가 목록 위에 있거나 위쪽을 읽는 동안 목록이 멈춰 있습니다</translation>
    </message>
    <message>
        <source>They are in the log, with secrets left out.</source>
        <translation>로그에 있으며, 비밀 정보는 빠져 있습니다.</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>다시 로그인…</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>what the app tells the moderator about this stream (the message bridge routes it)</extracomment>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Sending is not available: {reason}</source>
        <extracomment>what a command typed in the send box answers (&quot;No one called …&quot;, the /help list) the delete / timeout / ban buttons on the rows, asking through the same presenter</extracomment>
        <translation>보낼 수 없음: {reason}</translation>
    </message>
    <message>
        <source>Send a message to {platform}… (Enter; Up for earlier ones; /help)</source>
        <translation>{platform}에 메시지 보내기… (Enter, 이전 메시지는 위쪽 화살표, /help)</translation>
    </message>
    <message>
        <source>last message {time}</source>
        <translation>마지막 메시지 {time}</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>연결 상태</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>알림 닫기</translation>
    </message>
    <message>
        <source>Message to send</source>
        <translation>보낼 메시지</translation>
    </message>
    <message>
        <source>Send the message to the chat (Enter)</source>
        <translation>메시지를 채팅에 보내기 (Enter)</translation>
    </message>
    <message>
        <source>Up and Down move between messages; the Menu key lists what you can do</source>
        <translation>위/아래 화살표로 메시지 사이를 이동하고, 메뉴 키로 할 수 있는 작업을 봅니다</translation>
    </message>
</context>
<context>
    <name>TabActions</name>
    <message>
        <source>Select the message to mark read up to.</source>
        <extracomment>how far Ctrl+Up / Ctrl+Down look for the same author before giving up</extracomment>
        <translation>어디까지 읽음으로 표시할지 메시지를 선택하세요.</translation>
    </message>
    <message>
        <source>No unread messages below.</source>
        <translation>아래에 읽지 않은 메시지가 없습니다.</translation>
    </message>
    <message>
        <source>No other message by this author nearby.</source>
        <translation>근처에 이 작성자의 다른 메시지가 없습니다.</translation>
    </message>
    <message>
        <source>Undone: nothing was sent.</source>
        <translation>취소했습니다: 아무것도 보내지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>TabCommands</name>
    <message>
        <source>Commands:</source>
        <extracomment>the newest messages completion takes names from (a command resolves against all of them) shows the command&apos;s answer (an error, the help) next to the send box the question open now, or the last one (tests answer it)</extracomment>
        <translation>명령:</translation>
    </message>
    <message>
        <source>/{command} is not available on {platform}: {reason}</source>
        <translation>/{command} 명령은 {platform}에서 사용할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Select the messages in the list first, then type /delete.</source>
        <translation>먼저 목록에서 메시지를 선택한 다음 /delete를 입력하세요.</translation>
    </message>
    <message>
        <source>Nobody called “{name}” has written in this chat: nothing was done.</source>
        <translation>이 채팅에 “{name}”(이)라는 이름으로 글을 쓴 사람이 없어 아무것도 하지 않았습니다.</translation>
    </message>
    <message>
        <source>Cleared this tab&apos;s view. Nothing was deleted on {platform}.</source>
        <translation>이 탭의 화면을 비웠습니다. {platform}에서는 아무것도 삭제되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>TeamBox</name>
    <message>
        <source>Team workspace</source>
        <translation>팀 작업 공간</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>Leave the URL empty to moderate alone. Moderators sharing one database see each other&apos;s actions, claims and notes. Applies at the next start.</source>
        <translation>혼자 모더레이션하려면 URL을 비워 두세요. 같은 데이터베이스를 공유하는 모더레이터는 서로의 작업, 맡은 메시지, 메모를 볼 수 있습니다. 다음 시작 때 적용됩니다.</translation>
    </message>
    <message>
        <source>Database URL:</source>
        <translation>데이터베이스 URL:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>비밀번호:</translation>
    </message>
</context>
<context>
    <name>TeamLink</name>
    <message>
        <source>you are on it</source>
        <extracomment>how often expired claims are looked for</extracomment>
        <translation>내가 처리 중</translation>
    </message>
    <message>
        <source>%1 is on it</source>
        <translation>%1 님이 처리 중</translation>
    </message>
    <message>
        <source>you are on this author</source>
        <translation>내가 이 작성자를 맡음</translation>
    </message>
    <message>
        <source>%1 is on this author</source>
        <translation>%1 님이 이 작성자를 맡음</translation>
    </message>
    <message>
        <source>Team: online</source>
        <extracomment>a record from the team, carried onto the GUI thread&apos;s turn of the loop</extracomment>
        <translation>팀: 온라인</translation>
    </message>
    <message>
        <source>Team: offline</source>
        <translation>팀: 오프라인</translation>
    </message>
</context>
<context>
    <name>TeamShare</name>
    <message>
        <source>Automod rules from {moderator} could not be used here; yours stay.</source>
        <extracomment>the last sentence said in the review queue about another moderator&apos;s decision</extracomment>
        <translation>{moderator} 님의 자동 모더레이션 규칙을 여기서 쓸 수 없어 내 규칙을 유지합니다.</translation>
    </message>
    <message>
        <source>Automod rules updated by {moderator}.</source>
        <translation>{moderator} 님이 자동 모더레이션 규칙을 업데이트했습니다.</translation>
    </message>
    <message>
        <source>Already approved by {moderator}.</source>
        <translation>{moderator} 님이 이미 승인했습니다.</translation>
    </message>
    <message>
        <source>Already denied by {moderator}.</source>
        <translation>{moderator} 님이 이미 거부했습니다.</translation>
    </message>
    <message>
        <source>Approved by {moderator}.</source>
        <translation>{moderator} 님이 승인했습니다.</translation>
    </message>
    <message>
        <source>Denied by {moderator}.</source>
        <translation>{moderator} 님이 거부했습니다.</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>time unknown</source>
        <translation>시간 알 수 없음</translation>
    </message>
</context>
<context>
    <name>UndoToast</name>
    <message>
        <source>Deleting {what} on {platform}</source>
        <translation>{platform}에서 {what} 삭제 중</translation>
    </message>
    <message>
        <source>Permanently deleting {what} on {platform}</source>
        <translation>{platform}에서 {what} 영구 삭제 중</translation>
    </message>
    <message>
        <source>Banning {what} on {platform}</source>
        <translation>{platform}에서 {what} 차단 중</translation>
    </message>
    <message>
        <source>Timing out {what} on {platform}</source>
        <translation>{platform}에서 {what} 타임아웃 중</translation>
    </message>
    <message>
        <source>{name}&apos;s message</source>
        <translation>{name}의 메시지</translation>
    </message>
    <message>
        <source>{doing} for {duration}</source>
        <translation>{doing} ({duration} 동안)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>실행 취소 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Take it back: nothing has been sent yet (Ctrl+Z)</source>
        <translation>취소하기: 아직 아무것도 보내지 않았습니다 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>지금 보내기</translation>
    </message>
    <message>
        <source>Do not wait for the undo delay</source>
        <translation>실행 취소 대기 시간을 기다리지 않기</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>An action waits for the undo delay</source>
        <translation>작업이 실행 취소 대기 시간을 기다리는 중</translation>
    </message>
    <message>
        <source>Waiting action</source>
        <translation>대기 중인 작업</translation>
    </message>
    <message>
        <source>%1: held for %2 s, Ctrl+Z takes it back</source>
        <translation>%1: %2초 동안 대기 중, Ctrl+Z로 취소</translation>
    </message>
    <message>
        <source>{doing} in {left} s…</source>
        <translation>{doing}, {left}초 후…</translation>
    </message>
</context>
<context>
    <name>UserCard</name>
    <message>
        <source>Timeout…</source>
        <extracomment>the messages a card shows, newest first</extracomment>
        <translation>타임아웃…</translation>
    </message>
    <message>
        <source>Ban…</source>
        <translation>차단…</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>차단 해제</translation>
    </message>
    <message>
        <source>User card: {name}</source>
        <extracomment>the moderator saved or removed their note on this author why each stream&apos;s author actions are refused, in the platform&apos;s words the batches whose outcome the card has told (by id)</extracomment>
        <translation>사용자 카드: {name}</translation>
    </message>
    <message>
        <source>Recent messages of {name}</source>
        <extracomment>(stream key, action) -&gt; its button, enabled where the platform allows it what this moderator knows of the author&apos;s ban or timeout, stream by stream</extracomment>
        <translation>{name}의 최근 메시지</translation>
    </message>
    <message>
        <source>⚠ This name looks like {name}, but it is another account.</source>
        <extracomment>every name this author id wrote under here, the newest first</extracomment>
        <translation>⚠ 이 이름은 {name}처럼 보이지만 다른 계정입니다.</translation>
    </message>
    <message>
        <source>Also wrote here as: {names}</source>
        <translation>여기서 다른 이름으로도 작성: {names}</translation>
    </message>
    <message>
        <source>Seen on {platforms}: {count}</source>
        <translation>{platforms}에서 확인: {count}</translation>
    </message>
    <message>
        <source>no stream</source>
        <translation>스트림 없음</translation>
    </message>
    <message>
        <source> (the newest shown)</source>
        <translation> (최신 항목 표시)</translation>
    </message>
    <message>
        <source>The link could not be saved ({error}); nothing changed.</source>
        <translation>연결을 저장하지 못했습니다 ({error}). 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>Actions, stream by stream</source>
        <translation>작업 (스트림별)</translation>
    </message>
    <message>
        <source>No message of theirs here to act on.</source>
        <translation>여기에는 작업할 이 사람의 메시지가 없습니다.</translation>
    </message>
</context>
<context>
    <name>WholeMessage</name>
    <message>
        <source>Show whole message</source>
        <translation>메시지 전체 보기</translation>
    </message>
    <message>
        <source>Message from {name}</source>
        <translation>{name}의 메시지</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %Ln character(s)</source>
        <translation>
            <numerusform>{name}: %Ln자</numerusform>
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
        <translation>{duration} 동안</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>이유: {reason}</translation>
    </message>
    <message>
        <source>{count} of {total} {state}</source>
        <translation>{total}개 중 {count}개 {state}</translation>
    </message>
    <message>
        <source>{error}: {reason}</source>
        <translation>{error}: {reason}</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>deleted permanently</source>
        <translation>영구 삭제됨</translation>
    </message>
    <message>
        <source>marked read</source>
        <translation>읽음 표시됨</translation>
    </message>
    <message>
        <source>marked unread</source>
        <translation>읽지 않음 표시됨</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>차단됨</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>타임아웃됨</translation>
    </message>
    <message>
        <source>unbanned</source>
        <translation>차단 해제됨</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>검토 요청됨</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>{count} failed: {reason}</source>
        <translation>{count}개 실패: {reason}</translation>
    </message>
    <message>
        <source>{count} {past} on this computer</source>
        <translation>{count}개 이 컴퓨터에서 {past}</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>할 일이 없습니다.</translation>
    </message>
    <message>
        <source>{first}, {then}</source>
        <translation>{first}, {then}</translation>
    </message>
    <message>
        <source>{count} failed: {reason} (and {others} other reasons)</source>
        <translation>{count}개 실패: {reason} (그 밖의 이유 {others}개)</translation>
    </message>
    <message>
        <source>{count} {past}</source>
        <translation>{count}개 {past}</translation>
    </message>
    <message>
        <source>{count} wait for the connection</source>
        <translation>{count}개 연결 대기 중</translation>
    </message>
    <message>
        <source>{count} cancelled</source>
        <translation>{count}개 취소됨</translation>
    </message>
    <message>
        <source>{count} undone</source>
        <translation>{count}개 되돌림</translation>
    </message>
    <message>
        <source>{problem}. Moderator asks again at the next start.</source>
        <translation>{problem}. 다음에 시작할 때 Moderator가 다시 묻습니다.</translation>
    </message>
    <message>
        <source>{reason}; retrying. Nothing is lost.</source>
        <translation>{reason}. 다시 시도합니다. 잃어버린 것은 없습니다.</translation>
    </message>
    <message>
        <source>It goes out when the connection is back.</source>
        <translation>연결이 돌아오면 전송됩니다.</translation>
    </message>
    <message>
        <source>{count} messages</source>
        <translation>메시지 {count}개</translation>
    </message>
    <message>
        <source>{platform} is unreachable ({error}) and {problem}; retrying. Nothing is lost: the {action} stays pending here.</source>
        <translation>{platform}에 연결할 수 없고({error}) {problem}. 다시 시도합니다. 잃어버린 것은 없습니다: {action}은(는) 여기서 대기 중입니다.</translation>
    </message>
    <message>
        <source>{platform} is unreachable ({error}) The {action} waits and goes out when the connection is back.</source>
        <translation>{platform}에 연결할 수 없습니다({error}). {action}은(는) 대기하다가 연결이 돌아오면 전송됩니다.</translation>
    </message>
    <message>
        <source>automod: {rule}</source>
        <translation>자동 모더레이션: {rule}</translation>
    </message>
    <message>
        <source>Not sent yet: {reason} {later}</source>
        <translation>아직 보내지 않음: {reason} {later}</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>보내지 않음: {reason}</translation>
    </message>
    <message>
        <source>Signed out: {reason} Sign in again.</source>
        <translation>로그아웃됨: {reason} 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>⚠ {platform} keeps sending the same page of chat; reading it every {seconds} s until it moves on.</source>
        <translation>⚠ {platform}이(가) 같은 채팅 페이지를 계속 보내고 있습니다. 다음으로 넘어갈 때까지 {seconds}초마다 읽습니다.</translation>
    </message>
    <message>
        <source>Connection lost: {reason}</source>
        <translation>연결 끊김: {reason}</translation>
    </message>
    <message>
        <source>Unexpected error: {kind}. Details are in the log.</source>
        <translation>예기치 않은 오류: {kind}. 자세한 내용은 로그에 있습니다.</translation>
    </message>
    <message>
        <source>{problem}; retrying. Nothing is lost: it stays pending here.</source>
        <translation>{problem}. 다시 시도합니다. 잃어버린 것은 없습니다: 여기서 대기 중으로 남아 있습니다.</translation>
    </message>
    <message>
        <source>Saved to disk again: nothing was lost.</source>
        <translation>다시 디스크에 저장했습니다: 잃어버린 것은 없습니다.</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>delete permanently</source>
        <translation>영구 삭제</translation>
    </message>
    <message>
        <source>mark read</source>
        <translation>읽음 표시</translation>
    </message>
    <message>
        <source>mark unread</source>
        <translation>읽지 않음 표시</translation>
    </message>
    <message>
        <source>ban</source>
        <translation>차단</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>타임아웃</translation>
    </message>
    <message>
        <source>unban</source>
        <translation>차단 해제</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>검토 요청</translation>
    </message>
    <message>
        <source>end chat</source>
        <translation>채팅 종료</translation>
    </message>
    <message>
        <source>Could not {action} {name}&apos;s message: {error}</source>
        <translation>{name}의 메시지 {action} 실패: {error}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>되돌림</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>local</source>
        <translation>이 컴퓨터에서</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>대기열에 있음</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1초</translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation>{count}초</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1일</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count}일</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1시간</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation>{count}시간</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1분</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count}분</translation>
    </message>
    <message>
        <source>{message} ({detail})</source>
        <translation>{message} ({detail})</translation>
    </message>
    <message>
        <source>Allmine refused the request.</source>
        <translation>Allmine이 요청을 거부했습니다.</translation>
    </message>
    <message>
        <source>Allmine sent an answer in an unexpected shape.</source>
        <translation>Allmine이 예상하지 못한 형태의 응답을 보냈습니다.</translation>
    </message>
    <message>
        <source>Allmine answered the sign-in without tokens.</source>
        <translation>Allmine이 토큰 없이 로그인에 응답했습니다.</translation>
    </message>
    <message>
        <source>{count} problems</source>
        <translation>문제 {count}개</translation>
    </message>
    <message>
        <source>Allmine did not accept that code. Check it, or ask for a new one.</source>
        <translation>Allmine이 그 코드를 받아들이지 않았습니다. 확인하거나 새 코드를 요청하세요.</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>빈 메시지는 보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>Allmine sent a chat page in an unexpected shape.</source>
        <translation>Allmine이 예상하지 못한 형태의 채팅 페이지를 보냈습니다.</translation>
    </message>
    <message>
        <source>Allmine rejected the renewed token; trying again.</source>
        <translation>Allmine이 갱신된 토큰을 거부했습니다. 다시 시도합니다.</translation>
    </message>
    <message>
        <source>Allmine did not accept the sign-in and there is no refresh token. Sign in again.</source>
        <translation>Allmine이 로그인을 받아들이지 않았고 갱신 토큰이 없습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>Allmine would not renew the sign-in. Sign in again.</source>
        <translation>Allmine이 로그인을 갱신하지 않았습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>Allmine stream {id}</source>
        <translation>Allmine 방송 {id}</translation>
    </message>
    <message>
        <source>Fill in the Allmine API address first.</source>
        <translation>먼저 Allmine API 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>No visitor has written yet, so there is no thread to answer. Choose a reply thread in the connection settings.</source>
        <translation>아직 글을 쓴 방문자가 없어 답할 스레드가 없습니다. 연결 설정에서 답장 스레드를 고르세요.</translation>
    </message>
    <message>
        <source>{platform} sent an answer without its status.</source>
        <translation>{platform}이(가) 상태 정보 없는 응답을 보냈습니다.</translation>
    </message>
    <message>
        <source>{platform} refused the request.</source>
        <translation>{platform}이(가) 요청을 거부했습니다.</translation>
    </message>
    <message>
        <source>{platform} did not accept the API key. Create a key in the site&apos;s Developer Hub and enter it again.</source>
        <translation>{platform}이(가) API 키를 받아들이지 않았습니다. 사이트의 Developer Hub에서 키를 만들어 다시 입력하세요.</translation>
    </message>
    <message>
        <source>The API key may not do this on {platform}; allow chat messages and threads in the key&apos;s permissions.</source>
        <translation>이 API 키로는 {platform}에서 이 작업을 할 수 없습니다. 키 권한에서 채팅 메시지와 스레드를 허용하세요.</translation>
    </message>
    <message>
        <source>{platform} says the API key made too many requests (perhaps another program uses it too); trying again in {seconds} s.</source>
        <translation>{platform}에 따르면 API 키의 요청이 너무 많습니다(다른 프로그램도 사용 중일 수 있음). {seconds}초 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>This site has no chat thread with that token; check the connection.</source>
        <translation>이 사이트에는 그 토큰의 채팅 스레드가 없습니다. 연결을 확인하세요.</translation>
    </message>
    <message>
        <source>Could not {action} {name}&apos;s message for {who}: {error}</source>
        <translation>{who}의 요청으로 {name}의 메시지 {action} 실패: {error}</translation>
    </message>
    <message>
        <source>{action} is not available: {reason}</source>
        <translation>{action}을(를) 사용할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>The connection to the network process was lost.</source>
        <translation>네트워크 프로세스와의 연결이 끊어졌습니다.</translation>
    </message>
    <message>
        <source>{platform} sent an answer without its envelope.</source>
        <translation>{platform}이(가) 봉투(envelope) 없는 응답을 보냈습니다.</translation>
    </message>
    <message>
        <source>{site} chat</source>
        <translation>{site} 채팅</translation>
    </message>
    <message>
        <source>unknown time zone {name}; use an offset like +02:00</source>
        <translation>알 수 없는 시간대 {name}. +02:00 같은 오프셋을 쓰세요</translation>
    </message>
    <message>
        <source>{site} thread chat</source>
        <translation>{site} 스레드 채팅</translation>
    </message>
    <message>
        <source>the site address must start with https:// and name the site</source>
        <translation>사이트 주소는 https://로 시작하고 사이트 이름을 포함해야 합니다</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: {reason}. Nothing was sent to {platform}. If your network uses its own certificate authority, name its PEM file in the ca_bundle setting or in SSL_CERT_FILE.</source>
        <translation>서버 인증서를 신뢰할 수 없습니다: {reason}. {platform}에는 아무것도 보내지 않았습니다. 네트워크가 자체 인증 기관을 쓴다면 ca_bundle 설정이나 SSL_CERT_FILE에 그 PEM 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>{platform} could not be reached. Check the network connection.</source>
        <translation>{platform}에 연결할 수 없습니다. 네트워크 연결을 확인하세요.</translation>
    </message>
    <message>
        <source>{platform} did not answer in time.</source>
        <translation>{platform}이(가) 제시간에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>A secure connection to {platform} could not be made.</source>
        <translation>{platform}에 보안 연결을 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>{platform} sent an answer larger than {megabytes} MB; it was not read. Trying again.</source>
        <translation>{platform}이(가) {megabytes}MB보다 큰 응답을 보냈습니다. 읽지 않았습니다. 다시 시도합니다.</translation>
    </message>
    <message>
        <source>no complete answer within {seconds} s</source>
        <translation>{seconds}초 안에 완전한 응답 없음</translation>
    </message>
    <message>
        <source>{bytes} bytes or more</source>
        <translation>{bytes}바이트 이상</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>읽지 않음으로 표시</translation>
    </message>
    <message>
        <source>Stream Chat keeps one read marker per moderator that only moves forward.</source>
        <translation>Stream Chat은 모더레이터마다 앞으로만 움직이는 읽음 표시 하나만 유지합니다.</translation>
    </message>
    <message>
        <source>Stream Chat refused a freshly issued chat token.</source>
        <translation>Stream Chat이 방금 발급된 채팅 토큰을 거부했습니다.</translation>
    </message>
    <message>
        <source>IBM Video rejected a value that was sent.</source>
        <translation>IBM Video가 보낸 값 하나를 거부했습니다.</translation>
    </message>
    <message>
        <source>IBM Video did not accept the access token.</source>
        <translation>IBM Video가 액세스 토큰을 받아들이지 않았습니다.</translation>
    </message>
    <message>
        <source>This IBM Video account lacks the Stream Chat benefit, so its chat cannot be opened. Ask IBM to enable chat for the account.</source>
        <translation>이 IBM Video 계정에는 Stream Chat 혜택이 없어 채팅을 열 수 없습니다. IBM에 계정의 채팅을 켜 달라고 요청하세요.</translation>
    </message>
    <message>
        <source>This API client may not manage the channel. Use credentials of the channel&apos;s owner.</source>
        <translation>이 API 클라이언트는 채널을 관리할 수 없습니다. 채널 소유자의 자격 증명을 사용하세요.</translation>
    </message>
    <message>
        <source>IBM Video has no such channel. Check the channel id.</source>
        <translation>IBM Video에 그런 채널이 없습니다. 채널 ID를 확인하세요.</translation>
    </message>
    <message>
        <source>IBM Video sent a chat initialization in an unexpected shape.</source>
        <translation>IBM Video가 예상하지 못한 형태의 채팅 초기화 응답을 보냈습니다.</translation>
    </message>
    <message>
        <source>IBM Video rejected a freshly issued token.</source>
        <translation>IBM Video가 방금 발급된 토큰을 거부했습니다.</translation>
    </message>
    <message>
        <source>IBM Video would not sign in with this client id and secret. Check them in the connection settings.</source>
        <translation>IBM Video가 이 클라이언트 ID와 시크릿으로 로그인하지 않았습니다. 연결 설정에서 확인하세요.</translation>
    </message>
    <message>
        <source>IBM Video sent a token in an unexpected shape.</source>
        <translation>IBM Video가 예상하지 못한 형태의 토큰을 보냈습니다.</translation>
    </message>
    <message>
        <source>The Stream Chat connection dropped; catching up and reconnecting.</source>
        <translation>Stream Chat 연결이 끊겼습니다. 놓친 내용을 읽고 다시 연결합니다.</translation>
    </message>
    <message>
        <source>Stream Chat said nothing for {seconds} s; reconnecting.</source>
        <translation>Stream Chat이 {seconds}초 동안 아무것도 보내지 않았습니다. 다시 연결합니다.</translation>
    </message>
    <message>
        <source>Stream Chat refused the connection.</source>
        <translation>Stream Chat이 연결을 거부했습니다.</translation>
    </message>
    <message>
        <source>Stream Chat opened the connection without naming it.</source>
        <translation>Stream Chat이 이름 없이 연결을 열었습니다.</translation>
    </message>
    <message>
        <source>IBM Video channel {id}</source>
        <translation>IBM Video 채널 {id}</translation>
    </message>
    <message>
        <source>Stream Chat rejected the request as invalid.</source>
        <translation>Stream Chat이 요청을 잘못된 것으로 거부했습니다.</translation>
    </message>
    <message>
        <source>Stream Chat did not accept the chat token.</source>
        <translation>Stream Chat이 채팅 토큰을 받아들이지 않았습니다.</translation>
    </message>
    <message>
        <source>Stream Chat could not find it; it may have been removed.</source>
        <translation>Stream Chat이 찾지 못했습니다. 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>Stream Chat does not allow this account to do that; it needs moderator rights.</source>
        <translation>Stream Chat은 이 계정에 그 작업을 허용하지 않습니다. 모더레이터 권한이 필요합니다.</translation>
    </message>
    <message>
        <source>The Stream Chat token has expired.</source>
        <translation>Stream Chat 토큰이 만료되었습니다.</translation>
    </message>
    <message>
        <source>This account has no access to the channel on Stream Chat.</source>
        <translation>이 계정은 Stream Chat에서 채널에 접근할 수 없습니다.</translation>
    </message>
    <message>
        <source>IBM Video handed out a chat token without a user id, which Stream Chat refuses.</source>
        <translation>IBM Video가 사용자 ID 없는 채팅 토큰을 발급했는데, Stream Chat은 이를 거부합니다.</translation>
    </message>
    <message>
        <source>Stream Chat sent the channel in an unexpected shape.</source>
        <translation>Stream Chat이 예상하지 못한 형태로 채널을 보냈습니다.</translation>
    </message>
    <message>
        <source>Stream Chat rejected a freshly issued chat token; trying again.</source>
        <translation>Stream Chat이 방금 발급된 채팅 토큰을 거부했습니다. 다시 시도합니다.</translation>
    </message>
    <message>
        <source>{platform} sent an answer that is not valid JSON.</source>
        <translation>{platform}이(가) 올바른 JSON이 아닌 응답을 보냈습니다.</translation>
    </message>
    <message>
        <source>{bytes} bytes, {error}</source>
        <translation>{bytes}바이트, {error}</translation>
    </message>
    <message>
        <source>{platform} asks us to slow down; trying again in {seconds} s.</source>
        <translation>{platform}이(가) 속도를 늦춰 달라고 합니다. {seconds}초 후 다시 시도합니다.</translation>
    </message>
    <message>
        <source>LivePerson sent a link outside this account.</source>
        <translation>LivePerson이 이 계정 밖의 링크를 보냈습니다.</translation>
    </message>
    <message>
        <source>LivePerson did not accept the user name or password.</source>
        <translation>LivePerson이 사용자 이름이나 비밀번호를 받아들이지 않았습니다.</translation>
    </message>
    <message>
        <source>LivePerson refused the new session; trying again.</source>
        <translation>LivePerson이 새 세션을 거부했습니다. 다시 시도합니다.</translation>
    </message>
    <message>
        <source>LivePerson rejected the new session too; trying again.</source>
        <translation>LivePerson이 새 세션도 거부했습니다. 다시 시도합니다.</translation>
    </message>
    <message>
        <source>LivePerson sent an answer in an unexpected shape.</source>
        <translation>LivePerson이 예상하지 못한 형태의 응답을 보냈습니다.</translation>
    </message>
    <message>
        <source>{what}: {count} problems</source>
        <translation>{what}: 문제 {count}개</translation>
    </message>
    <message>
        <source>No LivePerson chat is open to send to. Wait for a visitor to start one.</source>
        <translation>보낼 수 있는 열린 LivePerson 채팅이 없습니다. 방문자가 채팅을 시작할 때까지 기다리세요.</translation>
    </message>
    <message>
        <source>LivePerson chats of {user}</source>
        <translation>{user}의 LivePerson 채팅</translation>
    </message>
    <message>
        <source>The browser sign-in took too long; start it again when you are ready.</source>
        <translation>브라우저 로그인이 너무 오래 걸렸습니다. 준비되면 다시 시작하세요.</translation>
    </message>
    <message>
        <source>The sign-in was not completed: {reason}.</source>
        <translation>로그인이 완료되지 않았습니다: {reason}.</translation>
    </message>
    <message>
        <source>Pausing to stay within {platform}&apos;s limit of {limit} requests a minute; going on in {seconds} s.</source>
        <translation>{platform}의 분당 {limit}회 요청 한도를 지키려고 잠시 멈춥니다. {seconds}초 후 계속합니다.</translation>
    </message>
    <message>
        <source>Fill in the API address, client id and client secret before signing in.</source>
        <translation>로그인하기 전에 API 주소, 클라이언트 ID, 클라이언트 시크릿을 입력하세요.</translation>
    </message>
    <message>
        <source>PRISM refused the sign-in.</source>
        <translation>PRISM이 로그인을 거부했습니다.</translation>
    </message>
    <message>
        <source>PRISM answered the sign-in without tokens.</source>
        <translation>PRISM이 토큰 없이 로그인에 응답했습니다.</translation>
    </message>
    <message>
        <source>PRISM sent an answer in an unexpected shape.</source>
        <translation>PRISM이 예상하지 못한 형태의 응답을 보냈습니다.</translation>
    </message>
    <message>
        <source>PRISM sent this message without an id, so it cannot be deleted.</source>
        <translation>PRISM이 이 메시지를 ID 없이 보내서 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>A timeout must last at least one second.</source>
        <translation>타임아웃은 최소 1초여야 합니다.</translation>
    </message>
    <message>
        <source>PRISM refused the request.</source>
        <translation>PRISM이 요청을 거부했습니다.</translation>
    </message>
    <message>
        <source>PRISM would not renew the sign-in.</source>
        <translation>PRISM이 로그인을 갱신하지 않았습니다.</translation>
    </message>
    <message>
        <source>PRISM sent an answer without its envelope.</source>
        <translation>PRISM이 봉투(envelope) 없는 응답을 보냈습니다.</translation>
    </message>
    <message>
        <source>PRISM rejected the renewed token; trying again.</source>
        <translation>PRISM이 갱신된 토큰을 거부했습니다. 다시 시도합니다.</translation>
    </message>
    <message>
        <source>PRISM live {id}</source>
        <translation>PRISM 라이브 {id}</translation>
    </message>
    <message>
        <source>This account may not do that on {platform}.</source>
        <translation>이 계정은 {platform}에서 그 작업을 할 수 없습니다.</translation>
    </message>
    <message>
        <source>{platform} could not find it; it may have been removed.</source>
        <translation>{platform}이(가) 찾지 못했습니다. 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>{platform} has a problem right now (HTTP {status}).</source>
        <translation>{platform}에 지금 문제가 있습니다(HTTP {status}).</translation>
    </message>
    <message>
        <source>{platform} answered HTTP {status}.</source>
        <translation>{platform}이(가) HTTP {status}로 응답했습니다.</translation>
    </message>
    <message>
        <source>{platform} did not accept the sign-in.</source>
        <translation>{platform}이(가) 로그인을 받아들이지 않았습니다.</translation>
    </message>
    <message>
        <source>An encrypted secrets file needs a passphrase.</source>
        <translation>암호화된 비밀 파일에는 암호문이 필요합니다.</translation>
    </message>
    <message>
        <source>The system keyring could not be read: {kind}.</source>
        <translation>시스템 키링을 읽을 수 없습니다: {kind}.</translation>
    </message>
    <message>
        <source>The system keyring refused to store a secret: {kind}.</source>
        <translation>시스템 키링이 비밀 저장을 거부했습니다: {kind}.</translation>
    </message>
    <message>
        <source>The system keyring could not delete a secret: {kind}.</source>
        <translation>시스템 키링이 비밀을 삭제하지 못했습니다: {kind}.</translation>
    </message>
    <message>
        <source>The saved sign-in for a {provider} stream is missing: sign in again.</source>
        <translation>{provider} 스트림의 저장된 로그인이 없습니다: 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>A saved {provider} stream could not be read: {count} problems.</source>
        <translation>저장된 {provider} 스트림을 읽을 수 없습니다: 문제 {count}개.</translation>
    </message>
    <message>
        <source>The settings could not be saved: {why}.</source>
        <translation>설정을 저장할 수 없습니다: {why}.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Moderator does not know the platform “{platform}” any more.</source>
        <translation>Moderator가 더 이상 “{platform}” 플랫폼을 알지 못합니다.</translation>
    </message>
    <message>
        <source>The saved sign-in for the {platform} stream “{title}” is missing or locked: signed out, sign in again.</source>
        <translation>{platform} 스트림 “{title}”의 저장된 로그인 정보가 없거나 잠겨 있습니다: 로그아웃되었으니 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>{title} (sign in again)</source>
        <translation>{title} (다시 로그인)</translation>
    </message>
    <message>
        <source>The stream is open for this session only.</source>
        <extracomment>where sign-ins are kept, when the dialog should say so (no keyring, a locked file)</extracomment>
        <translation>이 스트림은 이번 세션에만 열려 있습니다.</translation>
    </message>
    <message>
        <source>The demo keeps sign-ins for this session only.</source>
        <extracomment>opens the secret store the moderator chose (a passphrase for the encrypted file) told what the connect dialog should now say about where sign-ins are kept told the settings in force after the dialog or a caller changed them (the views&apos; inline buttons follow them)</extracomment>
        <translation>데모는 로그인 정보를 이번 세션에만 보관합니다.</translation>
    </message>
    <message>
        <source>Sign-ins stay where they were.</source>
        <translation>로그인 정보는 원래 위치에 그대로 있습니다.</translation>
    </message>
    <message>
        <source>Sign-ins are now kept in {store}.</source>
        <translation>이제 로그인 정보를 {store}에 보관합니다.</translation>
    </message>
</context>
<context>
    <name>ZoomKeeper</name>
    <message>
        <source>The text size could not be saved: %1</source>
        <translation>텍스트 크기를 저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>메시지 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln author(s)</source>
        <translation>
            <numerusform>작성자 %Ln명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stream(s)</source>
        <translation>
            <numerusform>스트림 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln display problem(s), details in the log</source>
        <translation>
            <numerusform>표시 문제 %Ln건, 자세한 내용은 로그에</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln개 표시</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s) ↓</source>
        <translation>
            <numerusform>새 메시지 %Ln개 ↓</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>작업 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit record(s)</source>
        <translation>
            <numerusform>감사 기록 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recent message(s)</source>
        <translation>
            <numerusform>최근 메시지 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unreadable message(s) skipped</source>
        <translation>
            <numerusform>읽을 수 없는 메시지 %Ln개를 건너뜀</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) waiting for the connection</source>
        <translation>
            <numerusform>연결을 기다리는 작업 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held</source>
        <translation>
            <numerusform>%Ln개 보류</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held for review</source>
        <translation>
            <numerusform>검토 대기 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) hidden here only: {platform} cannot delete.</source>
        <translation>
            <numerusform>메시지 %Ln개를 여기서만 숨겼습니다: {platform}에서 삭제할 수 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln시간</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln초</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Automod: %Ln strike(s) in the last {hours} h</source>
        <translation>
            <numerusform>자동 모더레이션: 최근 {hours}시간 동안 경고 %Ln회</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spoken</name>
    <message>
        <source>removed on the platform</source>
        <extracomment>the time as a row says it (the tooltip and the description give the full date) a stream key&apos;s platform (&quot;prism:1001&quot; -&gt; &quot;prism&quot;) when nobody named it better</extracomment>
        <translation>플랫폼에서 삭제됨</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>read</source>
        <translation>읽음</translation>
    </message>
    <message>
        <source>system message</source>
        <translation>시스템 메시지</translation>
    </message>
    <message>
        <source>moderation note</source>
        <translation>모더레이션 메모</translation>
    </message>
    <message>
        <source>owner</source>
        <extracomment>the badges a row paints before the name, in words (their order is the delegate&apos;s)</extracomment>
        <translation>소유자</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>매니저</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>모더레이터</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>상담원</translation>
    </message>
    <message>
        <source>visitor</source>
        <translation>방문자</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>인증됨</translation>
    </message>
    <message>
        <source>system</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1에서</translation>
    </message>
    <message>
        <source>the name looks like %1, but is another account</source>
        <translation>이름이 %1처럼 보이지만 다른 계정입니다</translation>
    </message>
</context>
</TS>
