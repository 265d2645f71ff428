<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Filter the outline</source>
        <translation>개요 필터</translation>
    </message>
    <message>
        <source>Shows only the nodes whose text, summary or tags contain these words</source>
        <translation>본문, 요약 또는 태그에 이 단어가 있는 항목만 표시</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>The release&apos;s structure; the text follows the selected node</source>
        <translation>원문의 구조. 선택한 항목으로 원문이 이동합니다</translation>
    </message>
    <message>
        <source>Source, brief and preview</source>
        <translation>원문, 브리핑, 미리 보기</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>원문 텍스트</translation>
    </message>
    <message>
        <source>The release text; select a passage and press Ctrl+Alt+M to annotate it</source>
        <translation>원문 텍스트. 구절을 선택하고 Ctrl+Alt+M을 누르면 주석을 달 수 있습니다</translation>
    </message>
    <message>
        <source>Brief text</source>
        <translation>브리핑 본문</translation>
    </message>
    <message>
        <source>The note&apos;s sections; ## starts a section</source>
        <translation>노트의 각 절. ##로 절을 시작합니다</translation>
    </message>
    <message>
        <source>Draft from summaries</source>
        <translation>요약으로 초안 작성</translation>
    </message>
    <message>
        <source>Brief word count</source>
        <translation>브리핑 단어 수</translation>
    </message>
    <message>
        <source>Brief length warning</source>
        <translation>브리핑 길이 경고</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>검사기</translation>
    </message>
    <message>
        <source>Selected section</source>
        <translation>선택한 단락</translation>
    </message>
    <message>
        <source>Section summary</source>
        <translation>단락 요약</translation>
    </message>
    <message>
        <source>One line in your words; it becomes a key point</source>
        <translation>직접 쓴 한 줄 요약. 핵심 사항이 됩니다</translation>
    </message>
    <message>
        <source>Section tags</source>
        <translation>단락 태그</translation>
    </message>
    <message>
        <source>Space ticks or unticks a tag</source>
        <translation>스페이스 키로 태그를 선택하거나 해제합니다</translation>
    </message>
    <message>
        <source>Annotations of this section</source>
        <translation>이 단락의 주석</translation>
    </message>
    <message>
        <source>Enter edits the annotation</source>
        <translation>Enter 키로 주석을 편집합니다</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>Annotated passage</source>
        <translation>주석을 단 구절</translation>
    </message>
    <message>
        <source>Annotation comment</source>
        <translation>주석 의견</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves, Esc cancels</source>
        <translation>Ctrl+Enter로 저장, Esc로 취소</translation>
    </message>
    <message>
        <source>Annotation tags</source>
        <translation>주석 태그</translation>
    </message>
    <message>
        <source>Show annotations with tag</source>
        <translation>이 태그의 주석 표시</translation>
    </message>
    <message>
        <source>Filter annotations by text</source>
        <translation>텍스트로 주석 필터</translation>
    </message>
    <message>
        <source>All annotations</source>
        <translation>모든 주석</translation>
    </message>
    <message>
        <source>Enter shows the annotated passage</source>
        <translation>Enter 키로 주석을 단 구절로 이동합니다</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>실행 취소 기록</translation>
    </message>
    <message>
        <source>Selected node</source>
        <translation>선택한 항목</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>단어 수</translation>
    </message>
    <message>
        <source>Panel tabs</source>
        <translation>패널 탭</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Project</source>
        <translation>새 프로젝트(&amp;N)</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>빈 프로젝트 시작</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a release (.txt .md .html .htm .docx .pdf)</source>
        <translation>원문 열기 (.txt .md .html .htm .docx .pdf)</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>URL 열기(&amp;U)…</translation>
    </message>
    <message>
        <source>Open a release from a web address</source>
        <translation>웹 주소에서 보도자료 열기</translation>
    </message>
    <message>
        <source>&amp;Paste as Release</source>
        <translation>보도자료로 붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Open the text (or web page) on the clipboard as a release</source>
        <translation>클립보드의 텍스트(또는 웹 페이지)를 보도자료로 열기</translation>
    </message>
    <message>
        <source>&amp;Import Release…</source>
        <translation>원문 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Add another release to this project</source>
        <translation>이 프로젝트에 다른 원문 추가</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>프로젝트 저장</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>프로젝트를 새 이름으로 저장</translation>
    </message>
    <message>
        <source>&amp;Export Briefing Note…</source>
        <translation>브리핑 노트 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the brief as .docx</source>
        <translation>브리핑을 .docx로 내보내기</translation>
    </message>
    <message>
        <source>&amp;Update Release…</source>
        <translation>원문 업데이트(&amp;U)…</translation>
    </message>
    <message>
        <source>Replace the release with a newer file</source>
        <translation>원문을 새 버전 파일로 교체</translation>
    </message>
    <message>
        <source>&amp;Compare Releases…</source>
        <translation>보도자료 비교(&amp;C)…</translation>
    </message>
    <message>
        <source>Show what changed between two versions of a release</source>
        <translation>보도자료 두 판본 사이의 변경 사항 보기</translation>
    </message>
    <message>
        <source>Save &amp;Original File As…</source>
        <translation>원본 파일을 다른 이름으로 저장(&amp;O)…</translation>
    </message>
    <message>
        <source>Save the release&apos;s original file, as kept in the project</source>
        <translation>프로젝트에 보관된 원문의 원본 파일을 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Print Briefing Note…</source>
        <translation>브리핑 노트 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the note, with a print preview</source>
        <translation>인쇄 미리 보기와 함께 노트 인쇄</translation>
    </message>
    <message>
        <source>&amp;Copy Brief as Markdown</source>
        <translation>브리핑을 Markdown으로 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the note as Markdown</source>
        <translation>노트를 Markdown으로 복사</translation>
    </message>
    <message>
        <source>&amp;Preview Briefing Note</source>
        <translation>브리핑 노트 미리 보기(&amp;P)</translation>
    </message>
    <message>
        <source>Show the note&apos;s pages</source>
        <translation>노트의 페이지 보기</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>프로젝트 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Close the project and show the welcome page</source>
        <translation>프로젝트를 닫고 시작 페이지 표시</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Briefing</source>
        <translation>Briefing 끝내기</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Find in the source or across the project</source>
        <translation>원문 또는 프로젝트 전체에서 찾기</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>다음 찾기(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>다음 일치 항목으로 이동</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>이전 찾기(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>이전 일치 항목으로 이동</translation>
    </message>
    <message>
        <source>Edit Release &amp;Text</source>
        <translation>보도자료 본문 편집(&amp;T)</translation>
    </message>
    <message>
        <source>Allow changes to the release text (read-only otherwise)</source>
        <translation>보도자료 본문 수정 허용 (평소에는 읽기 전용)</translation>
    </message>
    <message>
        <source>&amp;Annotate Selection</source>
        <translation>선택 영역에 주석 달기(&amp;A)</translation>
    </message>
    <message>
        <source>Comment on the selected text</source>
        <translation>선택한 텍스트에 의견 달기</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>주석 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>선택한 주석 삭제</translation>
    </message>
    <message>
        <source>Accept &amp;Suggestion</source>
        <translation>제안 적용(&amp;S)</translation>
    </message>
    <message>
        <source>Apply the next cleanup suggestion</source>
        <translation>다음 정리 제안 적용</translation>
    </message>
    <message>
        <source>Accept &amp;All Suggestions</source>
        <translation>모든 제안 적용(&amp;A)</translation>
    </message>
    <message>
        <source>Apply every suggestion</source>
        <translation>모든 제안 적용</translation>
    </message>
    <message>
        <source>Edit &amp;Tags…</source>
        <translation>태그 편집(&amp;T)…</translation>
    </message>
    <message>
        <source>Edit the list of section tags</source>
        <translation>단락 태그 목록 편집</translation>
    </message>
    <message>
        <source>&amp;Draft Brief From Summaries</source>
        <translation>요약으로 브리핑 초안 작성(&amp;D)</translation>
    </message>
    <message>
        <source>Draft key points</source>
        <translation>핵심 사항 초안 작성</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>실행 취소 기록(&amp;H)</translation>
    </message>
    <message>
        <source>Show every change, to undo back to one</source>
        <translation>모든 변경 내역을 보고 원하는 시점까지 실행 취소</translation>
    </message>
    <message>
        <source>Go to &amp;Outline</source>
        <translation>개요로 이동(&amp;O)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the tree</source>
        <translation>키보드 포커스를 개요 트리로 이동</translation>
    </message>
    <message>
        <source>Go to &amp;Source</source>
        <translation>원문으로 이동(&amp;S)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the text</source>
        <translation>키보드 포커스를 원문으로 이동</translation>
    </message>
    <message>
        <source>Go to &amp;Inspector</source>
        <translation>검사기로 이동(&amp;I)</translation>
    </message>
    <message>
        <source>Move the focus to the summary</source>
        <translation>포커스를 요약으로 이동</translation>
    </message>
    <message>
        <source>Go to &amp;Brief</source>
        <translation>브리핑으로 이동(&amp;B)</translation>
    </message>
    <message>
        <source>Show the brief</source>
        <translation>브리핑 보기</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>레이아웃 초기화(&amp;R)</translation>
    </message>
    <message>
        <source>Put the panels and columns back where they start</source>
        <translation>패널과 열을 처음 배치로 되돌리기</translation>
    </message>
    <message>
        <source>Su&amp;ggest Summary</source>
        <translation>요약 제안(&amp;G)</translation>
    </message>
    <message>
        <source>Draft a summary of the selected section</source>
        <translation>선택한 단락의 요약 초안 작성</translation>
    </message>
    <message>
        <source>Suggest &amp;Bottom Line</source>
        <translation>핵심 요지 제안(&amp;B)</translation>
    </message>
    <message>
        <source>Draft the brief&apos;s summary from the release</source>
        <translation>원문으로 브리핑 요약 초안 작성</translation>
    </message>
    <message>
        <source>&amp;Drafting Settings…</source>
        <translation>초안 작성 설정(&amp;D)…</translation>
    </message>
    <message>
        <source>Optional language-model drafting (off by default)</source>
        <translation>언어 모델로 초안 작성 (선택 사항, 기본값은 꺼짐)</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <source>All tags</source>
        <translation>모든 태그</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>위치 잃은 주석</translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation>주석 필터</translation>
    </message>
    <message>
        <source>Select some text in the source to annotate it.</source>
        <translation>주석을 달 원문 텍스트를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>BriefTab</name>
    <message>
        <source>T&amp;o</source>
        <translation>수신(&amp;O)</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>발신(&amp;R)</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>날짜(&amp;A)</translation>
    </message>
    <message>
        <source>Sub&amp;ject</source>
        <translation>제목(&amp;J)</translation>
    </message>
    <message>
        <source>Fi&amp;le no.</source>
        <translation>문서 번호(&amp;L)</translation>
    </message>
    <message>
        <source>For &amp;information</source>
        <translation>참고용(&amp;I)</translation>
    </message>
    <message>
        <source>For &amp;decision</source>
        <translation>결정 요청(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Classification</source>
        <translation>보안 등급(&amp;C)</translation>
    </message>
    <message>
        <source>Draft from su&amp;mmaries</source>
        <translation>요약으로 초안 작성(&amp;M)</translation>
    </message>
    <message>
        <source>{n} words</source>
        <translation>{n}단어</translation>
    </message>
    <message>
        <source>⚠ about {pages} pages: longer than two</source>
        <translation>⚠ 약 {pages}쪽: 2쪽을 넘습니다</translation>
    </message>
    <message>
        <source>Estimated at the template&apos;s page size: 46 lines of 11 pt text a page, ~90 characters a line; the header block takes ~9 lines, a decision block ~{n} more.</source>
        <translation>서식의 쪽 크기 기준 추정: 한 쪽에 11pt 46줄, 한 줄에 약 90자. 머리 부분은 약 9줄, 결정 블록은 약 {n}줄 더 차지합니다.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Annotate</source>
        <translation>주석 달기</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>주석 편집</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>주석 삭제</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Include in Brief</source>
        <translation>브리핑에 포함</translation>
    </message>
    <message>
        <source>Leave Out</source>
        <translation>브리핑에서 제외</translation>
    </message>
    <message>
        <source>Draft Brief</source>
        <translation>브리핑 초안 작성</translation>
    </message>
    <message>
        <source>Edit Brief</source>
        <translation>브리핑 편집</translation>
    </message>
    <message>
        <source>Edit Brief Header</source>
        <translation>브리핑 머리글 편집</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>태그 편집</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Accept Suggestion</source>
        <translation>제안 적용</translation>
    </message>
    <message>
        <source>Accept All Suggestions</source>
        <translation>모든 제안 적용</translation>
    </message>
    <message>
        <source>Import Release</source>
        <translation>원문 가져오기</translation>
    </message>
    <message>
        <source>Update Release</source>
        <translation>원문 업데이트</translation>
    </message>
    <message>
        <source>Dismiss Suggestion</source>
        <translation>제안 무시</translation>
    </message>
    <message>
        <source>Edit Tag List</source>
        <translation>태그 목록 편집</translation>
    </message>
    <message>
        <source>Edit Bottom Line</source>
        <translation>핵심 요지 편집</translation>
    </message>
    <message>
        <source>Accept Bottom Line</source>
        <translation>핵심 요지 수락</translation>
    </message>
    <message>
        <source>Edit Suggested Summary</source>
        <translation>제안된 요약 편집</translation>
    </message>
    <message>
        <source>Accept Suggested Summary</source>
        <translation>제안된 요약 수락</translation>
    </message>
    <message>
        <source>Add Key People to Brief</source>
        <translation>주요 인물을 브리핑에 추가</translation>
    </message>
    <message>
        <source>Add to Brief</source>
        <translation>브리핑에 추가</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>{name} 가져오기</translation>
    </message>
    <message>
        <source>Update {name}</source>
        <translation>{name} 업데이트</translation>
    </message>
    <message>
        <source>Accept {n} Suggestions</source>
        <translation>제안 {n}개 수락</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Another file…</source>
        <translation>다른 파일…</translation>
    </message>
    <message>
        <source>Compare Releases</source>
        <translation>보도자료 비교</translation>
    </message>
    <message>
        <source>Compare the release shown with:</source>
        <translation>표시된 보도자료와 비교할 대상:</translation>
    </message>
    <message>
        <source>Open a release first.</source>
        <translation>먼저 보도자료를 여십시오.</translation>
    </message>
    <message>
        <source>The earlier version</source>
        <translation>이전 판본</translation>
    </message>
    <message>
        <source>Comparing the two versions…</source>
        <translation>두 판본을 비교하는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>비교를 취소했습니다.</translation>
    </message>
    <message>
        <source>That passage is no longer in the release&apos;s text.</source>
        <translation>그 구절은 더 이상 보도자료 본문에 없습니다.</translation>
    </message>
    <message>
        <source>Add Changes to Brief</source>
        <translation>변경 사항을 브리핑에 추가</translation>
    </message>
    <message>
        <source>The brief now says what changed (section “{title}”).</source>
        <translation>브리핑에 변경 사항을 넣었습니다 (“{title}” 항목).</translation>
    </message>
    <message>
        <source>Changes since the previous version</source>
        <translation>이전 판본 이후 변경 사항</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>모든 변경</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>수정됨</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>이동됨</translation>
    </message>
    <message>
        <source>Split or merged</source>
        <translation>분할 또는 병합</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>added</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>split</source>
        <translation>분할</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>병합</translation>
    </message>
    <message>
        <source>Show changes of kind</source>
        <extracomment>(side, change index, selected text): annotate that passage of that side&apos;s release.</extracomment>
        <translation>표시할 변경 종류</translation>
    </message>
    <message>
        <source>&amp;Hide unchanged paragraphs</source>
        <translation>바뀌지 않은 단락 숨기기(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>이전 변경(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>다음 변경(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Add to Brief</source>
        <translation>브리핑에 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Write the section “Changes since the previous version” into the brief</source>
        <translation>“이전 판본 이후 변경 사항” 항목을 브리핑에 작성</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>변경 사항</translation>
    </message>
    <message>
        <source>The two versions side by side</source>
        <translation>두 판본 나란히 보기</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>차이 없음</translation>
    </message>
    <message>
        <source>; {n} paragraphs unchanged.</source>
        <translation>; 바뀌지 않은 단락 {n}개.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>&amp;Annotate Selection…</source>
        <translation>선택 영역에 주석 달기(&amp;A)…</translation>
    </message>
    <message>
        <source>Compare: {old} → {new}</source>
        <translation>비교: {old} → {new}</translation>
    </message>
</context>
<context>
    <name>Drafting</name>
    <message>
        <source>Replace the summary you wrote in the brief with the suggested bottom line?</source>
        <translation>브리핑에 직접 쓴 요약을 제안된 핵심 요지로 바꿀까요?</translation>
    </message>
    <message>
        <source>Suggest &amp;bottom line</source>
        <translation>핵심 요지 제안(&amp;B)</translation>
    </message>
    <message>
        <source>Draft the Summary section (≤ 4 lines) from the release</source>
        <translation>원문으로 요약 절(4줄 이내) 초안 작성</translation>
    </message>
    <message>
        <source>Replace the summary you wrote with the suggested draft?</source>
        <translation>직접 쓴 요약을 제안된 초안으로 바꿀까요?</translation>
    </message>
    <message>
        <source>No draft: {error}</source>
        <translation>초안 없음: {error}</translation>
    </message>
    <message>
        <source>Drafting (offline)…</source>
        <translation>초안 작성 중 (오프라인)…</translation>
    </message>
    <message>
        <source>Asking the language model at {host}…</source>
        <translation>{host}의 언어 모델에 요청하는 중…</translation>
    </message>
    <message>
        <source>Language model unavailable ({error}); showing the offline draft</source>
        <translation>언어 모델을 쓸 수 없습니다 ({error}). 오프라인 초안을 표시합니다</translation>
    </message>
    <message>
        <source>Drafted by the language model at {host}</source>
        <translation>{host}의 언어 모델이 작성한 초안</translation>
    </message>
    <message>
        <source>Su&amp;ggest</source>
        <translation>제안(&amp;G)</translation>
    </message>
    <message>
        <source>Draft a summary of this section for you to accept or edit</source>
        <translation>이 단락의 요약 초안을 만들어 수락하거나 편집할 수 있게 합니다</translation>
    </message>
    <message>
        <source>Suggested draft (offline, extractive)</source>
        <translation>초안 제안 (오프라인, 추출식)</translation>
    </message>
    <message>
        <source> — check before use</source>
        <translation> — 사용 전에 확인하세요</translation>
    </message>
    <message>
        <source>Suggested draft (language model: {model} at {host})</source>
        <translation>초안 제안 (언어 모델: {host}의 {model})</translation>
    </message>
    <message>
        <source>Suggested draft</source>
        <translation>초안 제안</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>수락</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>무시</translation>
    </message>
    <message>
        <source>Use this draft as the summary (undoable)</source>
        <translation>이 초안을 요약으로 사용 (실행 취소 가능)</translation>
    </message>
    <message>
        <source>Put this draft in the summary and edit it</source>
        <translation>이 초안을 요약에 넣고 편집</translation>
    </message>
    <message>
        <source>Hide this draft</source>
        <translation>이 초안 숨기기</translation>
    </message>
    <message>
        <source>When this is on, Suggest sends the section&apos;s text (or the release&apos;s, for the bottom line) to this address. Drafts are labelled as written by a language model; check them before use. If the server is slow or unreachable, the offline draft is shown instead.</source>
        <translation>이 기능을 켜면 ‘제안’은 단락의 텍스트(핵심 요지의 경우 원문 전체)를 이 주소로 보냅니다. 초안에는 언어 모델이 작성했다는 표시가 붙으니 사용하기 전에 확인하세요. 서버가 느리거나 연결되지 않으면 오프라인 초안이 대신 표시됩니다.</translation>
    </message>
    <message>
        <source>Drafting Settings</source>
        <translation>초안 작성 설정</translation>
    </message>
    <message>
        <source>Draft summaries with a &amp;language model</source>
        <translation>언어 모델로 요약 초안 작성(&amp;L)</translation>
    </message>
    <message>
        <source>Endpoint &amp;URL</source>
        <translation>엔드포인트 URL(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>모델(&amp;M)</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API 키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Time-out</source>
        <translation>제한 시간(&amp;T)</translation>
    </message>
</context>
<context>
    <name>EditMode</name>
    <message>
        <source>✎ Editing</source>
        <translation>✎ 편집 중</translation>
    </message>
    <message>
        <source>The release text can be changed (Edit › Edit Release Text to stop)</source>
        <translation>보도자료 본문을 수정할 수 있습니다 (편집 › 보도자료 본문 편집으로 끄기)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>The release text is protected from typing (Edit › Edit Release Text to change it)</source>
        <translation>보도자료 본문은 입력으로부터 보호됩니다 (수정하려면 편집 › 보도자료 본문 편집)</translation>
    </message>
    <message>
        <source>The release text is read-only: turn on Edit › Edit Release Text ({keys}) to change it.</source>
        <translation>보도자료 본문은 읽기 전용입니다. 수정하려면 편집 › 보도자료 본문 편집({keys})을 켜십시오.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export Briefing Note</source>
        <translation>브리핑 노트 내보내기</translation>
    </message>
    <message>
        <source>Briefing&apos;s house template</source>
        <translation>Briefing 기본 서식</translation>
    </message>
    <message>
        <source>House template</source>
        <translation>기관 서식</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Choose a house template</source>
        <translation>기관 서식 선택</translation>
    </message>
    <message>
        <source>Annex the release text</source>
        <translation>원문을 부록으로 첨부</translation>
    </message>
    <message>
        <source>Working copy: staff annotations as Word comments</source>
        <translation>작업본: 직원 주석을 Word 메모로 포함</translation>
    </message>
    <message>
        <source>House format</source>
        <translation>기관 양식</translation>
    </message>
    <message>
        <source>(from the template)</source>
        <translation>(서식 파일 기준)</translation>
    </message>
    <message>
        <source>a note for decision: e.g. 30 November 2026, before the summit</source>
        <translation>결정용 노트: 예) 2026년 11월 30일, 정상회의 전</translation>
    </message>
    <message>
        <source>Decision needed by</source>
        <translation>결정 시한</translation>
    </message>
    <message>
        <source>Reviewed: the note goes out without the DRAFT mark</source>
        <translation>검토 완료: 초안(DRAFT) 표시 없이 내보냄</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>보내기 전 확인</translation>
    </message>
    <message>
        <source>Note language</source>
        <translation>노트 언어</translation>
    </message>
    <message>
        <source>Save the note to</source>
        <translation>노트 저장 위치</translation>
    </message>
    <message>
        <source>Choose where to save the note</source>
        <translation>노트 저장 위치 선택</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>서식</translation>
    </message>
    <message>
        <source>Decision by</source>
        <translation>결정 시한</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>보안 등급</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>용지</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>저장 위치</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Check before sending:</source>
        <translation>보내기 전 확인:</translation>
    </message>
    <message>
        <source>Nothing to check.</source>
        <translation>확인할 사항이 없습니다.</translation>
    </message>
    <message>
        <source>Choose where to save the note.</source>
        <translation>노트를 저장할 위치를 선택하세요.</translation>
    </message>
    <message>
        <source>{name}: there is nothing to export yet</source>
        <translation>{name}: 아직 내보낼 내용이 없습니다</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>{name} 내보내는 중…</translation>
    </message>
    <message>
        <source> with {n} comment(s)</source>
        <translation> (댓글 {n}개 포함)</translation>
    </message>
    <message>
        <source>; the template lacked these styles, so they were added: {styles}</source>
        <translation>. 서식 파일에 없던 스타일을 추가했습니다: {styles}</translation>
    </message>
    <message>
        <source>; {n} warning(s): {first}</source>
        <translation>; 경고 {n}건: {first}</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} 내보내기 완료</translation>
    </message>
    <message>
        <source>Nothing to copy yet: open a release.</source>
        <translation>아직 복사할 내용이 없습니다. 원문을 여세요.</translation>
    </message>
    <message>
        <source>Copied the brief as Markdown ({n} words).</source>
        <translation>브리핑을 Markdown으로 복사했습니다 ({n}단어).</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Releases</source>
        <translation>원문</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>마크다운</translation>
    </message>
    <message>
        <source>Web pages</source>
        <translation>웹 페이지</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word 문서</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>모든 파일</translation>
    </message>
    <message>
        <source>Projects and releases</source>
        <translation>프로젝트 및 원문</translation>
    </message>
    <message>
        <source>Briefing projects</source>
        <translation>Briefing 프로젝트</translation>
    </message>
    <message>
        <source>{name}: the file is too large to open</source>
        <translation>{name}: 파일이 너무 커서 열 수 없습니다</translation>
    </message>
    <message>
        <source>{name}: could not be read ({detail})</source>
        <translation>{name}: 읽을 수 없습니다 ({detail})</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <source>{n} in project</source>
        <translation>프로젝트에서 {n}개</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>일치 항목 없음</translation>
    </message>
    <message>
        <source>{i} of {n}</source>
        <translation>{n}개 중 {i}번째</translation>
    </message>
    <message>
        <source>{n} matches</source>
        <translation>{n}개 일치</translation>
    </message>
    <message>
        <source>Find wrapped around the text</source>
        <translation>텍스트 처음부터 다시 찾습니다</translation>
    </message>
    <message>
        <source>Summary of {node}: {context}</source>
        <translation>{node} 요약: {context}</translation>
    </message>
    <message>
        <source>Comment on “{quote}”: {context}</source>
        <translation>“{quote}”에 대한 주석: {context}</translation>
    </message>
    <message>
        <source>Brief: {context}</source>
        <translation>브리핑: {context}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>{i} of {n} in project</source>
        <translation>프로젝트의 {n}개 중 {i}번째</translation>
    </message>
    <message>
        <source>Find (Enter: next, Shift+Enter: previous, Esc: close)</source>
        <translation>찾기 (Enter: 다음, Shift+Enter: 이전, Esc: 닫기)</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>이전 항목 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>다음 항목 (F3)</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>대소문자 구분(&amp;C)</translation>
    </message>
    <message>
        <source>In &amp;whole project</source>
        <translation>프로젝트 전체(&amp;W)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>닫기 (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>찾기:</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Search actions and keys</source>
        <translation>명령 또는 키 검색</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>단축키 검색</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>메뉴</translation>
    </message>
    <message>
        <source>Briefing User Guide</source>
        <translation>Briefing 사용자 안내서</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>사용자 안내서</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>이 설치본에는 사용자 안내서가 없습니다.</translation>
    </message>
    <message>
        <source>Turns diplomatic press releases into outlines and Word briefing notes.</source>
        <translation>외교 보도자료를 개요와 Word 브리핑 노트로 만듭니다.</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>라이선스: {licence}</translation>
    </message>
    <message>
        <source>Qt {qt} · PySide6 {pyside} · Python {python}</source>
        <translation>Qt {qt} · PySide6 {pyside} · Python {python}</translation>
    </message>
    <message>
        <source>User guide: {link} (Help › User Guide)</source>
        <translation>사용자 안내서: {link} (도움말 › 사용자 안내서)</translation>
    </message>
    <message>
        <source>About Briefing</source>
        <translation>Briefing 정보</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
    <message>
        <source>Language, start-up page, autosave, author name</source>
        <translation>언어, 시작 화면, 자동 저장, 작성자 이름</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>사용자 안내서(&amp;U)</translation>
    </message>
    <message>
        <source>Read how to go from a release to a briefing note</source>
        <translation>원문에서 브리핑 노트까지의 작업 방법 읽기</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>Every action and its keys</source>
        <translation>모든 명령과 단축키</translation>
    </message>
    <message>
        <source>&amp;About Briefing</source>
        <translation>Briefing 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Version, licence, Qt and PySide versions</source>
        <translation>버전, 라이선스, Qt 및 PySide 버전</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Annotation</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>Comment (Ctrl+Enter to save, Esc to cancel)</source>
        <translation>의견 (Ctrl+Enter로 저장, Esc로 취소)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>New annotation</source>
        <translation>새 주석</translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation>주석 편집</translation>
    </message>
    <message>
        <source>Summary of this section, in your words</source>
        <translation>이 단락의 요약 (직접 작성)</translation>
    </message>
    <message>
        <source>&amp;Include in brief</source>
        <translation>브리핑에 포함(&amp;I)</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>요약(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>태그(&amp;T)</translation>
    </message>
    <message>
        <source>A&amp;nnotations</source>
        <translation>주석(&amp;N)</translation>
    </message>
    <message>
        <source>Section Tags</source>
        <translation>단락 태그</translation>
    </message>
    <message>
        <source>Tags, separated by commas:</source>
        <translation>태그 (쉼표로 구분):</translation>
    </message>
</context>
<context>
    <name>KeyFacts</name>
    <message>
        <source>Key Facts</source>
        <translation>주요 사실</translation>
    </message>
    <message>
        <source>No release open</source>
        <translation>열린 원문 없음</translation>
    </message>
    <message>
        <source>A long text: key facts are found when you ask.</source>
        <translation>긴 텍스트입니다. 요청하면 주요 사실을 찾습니다.</translation>
    </message>
    <message>
        <source>Finding key facts…</source>
        <translation>주요 사실을 찾는 중…</translation>
    </message>
    <message>
        <source>Key facts unavailable: {error}</source>
        <translation>주요 사실을 찾을 수 없음: {error}</translation>
    </message>
    <message>
        <source>{n} person</source>
        <translation>인물 {n}명</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>인물 {n}명</translation>
    </message>
    <message>
        <source>{n} quote</source>
        <translation>인용 {n}개</translation>
    </message>
    <message>
        <source>{n} quotes</source>
        <translation>인용 {n}개</translation>
    </message>
    <message>
        <source>{n} date</source>
        <translation>날짜 {n}개</translation>
    </message>
    <message>
        <source>{n} dates</source>
        <translation>날짜 {n}개</translation>
    </message>
    <message>
        <source>That passage is no longer in the text</source>
        <translation>그 구절은 이제 텍스트에 없습니다</translation>
    </message>
    <message>
        <source>Show in &amp;Source</source>
        <translation>원문에서 보기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add to Brief</source>
        <translation>브리핑에 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Add All &amp;People to Brief</source>
        <translation>모든 인물을 브리핑에 추가(&amp;P)</translation>
    </message>
    <message>
        <source>Already in the brief</source>
        <translation>이미 브리핑에 있습니다</translation>
    </message>
    <message>
        <source>Added {what} to the brief</source>
        <translation>브리핑에 {what}을(를) 추가했습니다</translation>
    </message>
    <message>
        <source> and </source>
        <translation>, </translation>
    </message>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>주요 사실</translation>
    </message>
    <message>
        <source>Add to &amp;brief</source>
        <translation>브리핑에 추가(&amp;B)</translation>
    </message>
    <message>
        <source>Add the selected people (Key people table) or quotes to the brief</source>
        <translation>선택한 인물(주요 인물 표) 또는 인용을 브리핑에 추가</translation>
    </message>
    <message>
        <source>Find &amp;key facts</source>
        <translation>주요 사실 찾기(&amp;K)</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>사실</translation>
    </message>
    <message>
        <source>Role · speaker · event</source>
        <translation>직책 · 발언자 · 사건</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>{n} mention</source>
        <translation>{n}회 언급</translation>
    </message>
    <message>
        <source>{n} mentions</source>
        <translation>{n}회 언급</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>release</source>
        <extracomment>Custom role: ``(release id, node id)`` of the index&apos;s node. Custom role (column 0): everything the tree filter matches — the node&apos;s whole text (not just the first words shown), its kind, summary and tags.</extracomment>
        <translation>원문</translation>
    </message>
    <message>
        <source>title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>부제</translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>소제목</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>단락</translation>
    </message>
    <message>
        <source>item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>footnote</source>
        <translation>각주</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>note</source>
        <translation>참고</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Annotations</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>&amp;Brief</source>
        <translation>브리핑(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>원문(&amp;S)</translation>
    </message>
    <message>
        <source>Filter the outline (text, summary, tags)</source>
        <translation>개요 필터 (본문, 요약, 태그)</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;열었을 때&gt;</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>실행 취소 기록</translation>
    </message>
    <message>
        <source>Open Project or Release</source>
        <translation>프로젝트 또는 원문 열기</translation>
    </message>
    <message>
        <source>Import Release</source>
        <translation>원문 가져오기</translation>
    </message>
    <message>
        <source>{n} words selected</source>
        <translation>{n}단어 선택됨</translation>
    </message>
    <message>
        <source>{n} words</source>
        <translation>{n}단어</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>검사기</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>미리 보기(&amp;P)</translation>
    </message>
    <message>
        <source>Find Results</source>
        <translation>찾기 결과</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Brief</source>
        <translation>브리핑(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>다른 이름으로 저장…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>저장 안 함</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>읽기 전용으로 열기</translation>
    </message>
    <message>
        <source>Take Over</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>복구</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
</context>
<context>
    <name>OriginalFile</name>
    <message>
        <source>This release&apos;s original file is not kept in the project.</source>
        <translation>이 원문의 원본 파일은 프로젝트에 보관되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Save Original File</source>
        <translation>원본 파일 저장</translation>
    </message>
    <message>
        <source>{name}: the copy kept in the project does not match the file it was read from (its sha256 differs); not written</source>
        <translation>{name}: 프로젝트에 보관된 사본이 읽어 온 파일과 일치하지 않습니다(sha256 불일치). 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} 저장됨</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <source>The release&apos;s structure: titles, headings, paragraphs</source>
        <translation>보도자료의 구조: 제목, 소제목, 단락</translation>
    </message>
    <message>
        <source>What the part is (paragraph, heading, footnote…)</source>
        <translation>부분의 종류 (단락, 소제목, 각주…)</translation>
    </message>
    <message>
        <source>Your summary; the box includes the part in the brief</source>
        <translation>직접 쓴 요약. 확인란을 선택하면 브리핑에 포함됩니다</translation>
    </message>
    <message>
        <source>How many annotations the part holds</source>
        <translation>이 부분의 주석 수</translation>
    </message>
    <message>
        <source>The part&apos;s tags</source>
        <translation>이 부분의 태그</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>주석 수</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Included in the brief</source>
        <extracomment>Callable (release, annotation) -&gt; node id, set by the window (uses live spans).</extracomment>
        <translation>브리핑에 포함됨</translation>
    </message>
    <message>
        <source>Not in the brief (tick the box to include it)</source>
        <translation>브리핑에 포함되지 않음 (포함하려면 확인란 선택)</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>System default</source>
        <extracomment>Setting value -&gt; name shown in Preferences (each language in its own script).</extracomment>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>Show the welcome page</source>
        <translation>시작 화면 표시</translation>
    </message>
    <message>
        <source>Open the sample release</source>
        <translation>예제 원문 열기</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Keep a copy of each release&apos;s original &amp;file in the project</source>
        <translation>각 원문의 원본 파일 사본을 프로젝트에 보관(&amp;F)</translation>
    </message>
    <message>
        <source>The language changes at once. Dates in a newly drafted brief follow it too.</source>
        <translation>언어는 즉시 바뀝니다. 새로 작성하는 브리핑의 날짜 형식도 이 언어를 따릅니다.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;At start without a file:</source>
        <translation>파일 없이 시작할 때(&amp;A):</translation>
    </message>
    <message>
        <source>Auto&amp;save every:</source>
        <translation>자동 저장 간격(&amp;S):</translation>
    </message>
    <message>
        <source>Annotation &amp;author:</source>
        <translation>주석 작성자(&amp;A):</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>인터페이스 언어</translation>
    </message>
    <message>
        <source>At start without a file</source>
        <translation>파일 없이 시작할 때</translation>
    </message>
    <message>
        <source>Autosave interval in seconds</source>
        <translation>자동 저장 간격(초)</translation>
    </message>
    <message>
        <source>Annotation author</source>
        <translation>주석 작성자</translation>
    </message>
    <message>
        <source>Keep original files in the project</source>
        <translation>원본 파일을 프로젝트에 보관</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>The project changed: press Refresh to update the preview.</source>
        <translation>프로젝트가 바뀌었습니다. 새로 고침을 눌러 미리 보기를 업데이트하세요.</translation>
    </message>
    <message>
        <source>Open a release to preview its briefing note.</source>
        <translation>원문을 열면 브리핑 노트를 미리 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Laying out the pages with LibreOffice…</source>
        <translation>LibreOffice로 페이지를 배치하는 중…</translation>
    </message>
    <message>
        <source>LibreOffice or pdftoppm is not installed: showing the text without page layout.</source>
        <translation>LibreOffice 또는 pdftoppm이 설치되어 있지 않아 페이지 배치 없이 텍스트만 표시합니다.</translation>
    </message>
    <message>
        <source>Preparing the text…</source>
        <translation>텍스트를 준비하는 중…</translation>
    </message>
    <message>
        <source>The preview failed: {error}</source>
        <translation>미리 보기 실패: {error}</translation>
    </message>
    <message>
        <source>Page {i} of {n}</source>
        <translation>{n}쪽 중 {i}쪽</translation>
    </message>
    <message>
        <source>The pages could not be laid out ({reason}): showing the text.</source>
        <translation>페이지를 배치할 수 없어({reason}) 텍스트를 표시합니다.</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>Laying out the note for printing…</source>
        <translation>인쇄할 노트의 쪽을 배치하는 중…</translation>
    </message>
    <message>
        <source>Briefing note</source>
        <translation>브리핑 노트</translation>
    </message>
    <message>
        <source>The note could not be laid out for printing: {error}</source>
        <translation>인쇄할 노트를 배치하지 못했습니다: {error}</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source> (read-only)</source>
        <extracomment>Emitted after the window shows another project (opened, recovered or new). Emitted after a successful save (the path may be new). Emitted after a project file was opened for editing (recovery offers its autosave). Emitted when this window&apos;s autosaves no longer hold anything (saved or let go). Emitted after a project file was opened for editing (recovery offers its autosave). Emitted when this window&apos;s autosaves no longer hold anything (saved or let go).</extracomment>
        <translation> (읽기 전용)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>{name} is open read-only; use Save As to keep your changes.</source>
        <translation>{name}은(는) 읽기 전용으로 열려 있습니다. 변경 내용을 보관하려면 ‘다른 이름으로 저장’을 사용하세요.</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>프로젝트를 다른 이름으로 저장</translation>
    </message>
    <message>
        <source>{name} is open read-only; choose another name.</source>
        <translation>{name}은(는) 읽기 전용으로 열려 있습니다. 다른 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} 저장됨</translation>
    </message>
    <message>
        <source>Close it there first to edit it here.</source>
        <translation>여기서 편집하려면 먼저 그 창에서 닫으세요.</translation>
    </message>
    <message>
        <source>; the original was kept as {backup}</source>
        <translation>. 원본은 {backup}(으)로 보관했습니다</translation>
    </message>
    <message>
        <source>{name} was written by an older Briefing (format {version}) and was upgraded{kept}. Save to keep the upgrade.</source>
        <translation>{name}은(는) 이전 버전의 Briefing(형식 {version})으로 작성되어 새 형식으로 바꾸었습니다{kept}. 바뀐 형식을 유지하려면 저장하세요.</translation>
    </message>
    <message>
        <source>{n} annotation(s) no longer match the text; they are kept under “{orphaned}” in the Annotations panel.</source>
        <translation>주석 {n}개가 더 이상 텍스트와 맞지 않습니다. 주석 패널의 “{orphaned}”에 보관됩니다.</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>{name}의 변경 내용을 저장할까요?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>저장하지 않으면 변경 내용이 사라집니다.</translation>
    </message>
</context>
<context>
    <name>ProjectUpdate</name>
    <message>
        <source>&amp;Apply Update</source>
        <translation>업데이트 적용(&amp;A)</translation>
    </message>
    <message>
        <source>Summary of {node} (its text is gone from the new version): {summary}</source>
        <translation>{node}의 요약 (새 버전에서 해당 텍스트가 사라짐): {summary}</translation>
    </message>
    <message>
        <source>Open a release first.</source>
        <translation>먼저 원문을 여세요.</translation>
    </message>
    <message>
        <source>Update Release</source>
        <translation>원문 업데이트</translation>
    </message>
    <message>
        <source>Update cancelled: the release is unchanged.</source>
        <translation>업데이트를 취소했습니다. 보도자료는 그대로입니다.</translation>
    </message>
    <message>
        <source>Updated {name}: {n} annotation(s) moved</source>
        <translation>{name} 업데이트됨: 주석 {n}개 이동</translation>
    </message>
    <message>
        <source>; {n} could not be placed and are kept under “{orphaned}” in the Annotations panel</source>
        <translation>. {n}개는 자리를 찾지 못해 주석 패널의 “{orphaned}”에 보관됩니다</translation>
    </message>
    <message>
        <source>; {n} brief citation(s) pointed at text that is gone and were removed: review the brief</source>
        <translation>. 보고서의 인용 {n}개는 사라진 문단을 가리켜 삭제되었습니다. 보고서를 검토하십시오</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>Still reading {name}: wait for it or cancel it.</source>
        <extracomment>``work(progress=callback)`` runs on the worker; ``apply(result)`` on the GUI thread. A read ended: True when its result was applied, False when it failed, was cancelled or declined. Tests and scripts wait on it (or call ``wait``).</extracomment>
        <translation>{name}을(를) 아직 읽는 중입니다. 기다리거나 취소하세요.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} 읽는 중…</translation>
    </message>
    <message>
        <source>Reading {name} cancelled: nothing changed.</source>
        <translation>{name} 읽기를 취소했습니다. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>읽는 중</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>자동 저장 실패: {error}</translation>
    </message>
    <message>
        <source>an unsaved project</source>
        <translation>저장하지 않은 프로젝트</translation>
    </message>
    <message>
        <source>Briefing found unsaved work on {name} from {when}.</source>
        <translation>Briefing이 {when}에 작업한 {name}의 저장하지 않은 내용을 찾았습니다.</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Recover opens it as modified; Discard deletes it; Later keeps it for next time.</source>
        <translation>‘복구’는 수정된 상태로 열고, ‘저장 안 함’은 삭제하며, ‘나중에’는 다음을 위해 남겨 둡니다.</translation>
    </message>
    <message>
        <source>Recovered unsaved work on {name}.</source>
        <translation>{name}의 저장하지 않은 작업을 복구했습니다.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Open URL</source>
        <translation>URL 열기</translation>
    </message>
    <message>
        <source>Address of the release (a web page, or a PDF, Word or text file):</source>
        <translation>보도자료 주소 (웹 페이지 또는 PDF, Word, 텍스트 파일):</translation>
    </message>
    <message>
        <source>Downloading {url}…</source>
        <translation>{url} 내려받는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation>내려받기를 취소했습니다.</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(제안 없음)</translation>
    </message>
    <message>
        <source>&amp;Add “{word}” to Dictionary</source>
        <translation>“{word}”을(를) 사전에 추가(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Glued-word suggestions unavailable: {error}</source>
        <translation>붙은 단어 제안을 만들 수 없음: {error}</translation>
    </message>
    <message>
        <source>Glued words</source>
        <translation>붙은 단어</translation>
    </message>
    <message>
        <source>Line break</source>
        <translation>줄바꿈</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>수락(&amp;A)</translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation>모두 수락(&amp;L)</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>무시(&amp;I)</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>Enter or Accept applies it; the change can be undone</source>
        <translation>Enter 또는 ‘수락’으로 적용합니다. 변경은 실행 취소할 수 있습니다</translation>
    </message>
    <message>
        <source>Suggestions ({n})</source>
        <translation>제안 ({n})</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>Key point</source>
        <translation>핵심</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>배경</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>무시</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;System</source>
        <translation>시스템(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Welcome to Briefing</source>
        <translation>Briefing에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Open a press release to see its outline, annotate it, summarise its sections and export a Word briefing note. A project keeps all of that in one file.</source>
        <translation>보도자료를 열면 개요를 보고, 주석을 달고, 단락을 요약한 뒤 Word 브리핑 노트로 내보낼 수 있습니다. 프로젝트는 이 모든 작업을 파일 하나에 담습니다.</translation>
    </message>
    <message>
        <source>&amp;Open a Release or Project…</source>
        <translation>원문 또는 프로젝트 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a &amp;Web Page…</source>
        <translation>웹 페이지 열기(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Paste a Release</source>
        <translation>보도자료 붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Release</source>
        <translation>예제 원문 열기(&amp;S)</translation>
    </message>
    <message>
        <source>Read the User &amp;Guide</source>
        <translation>사용자 안내서 읽기(&amp;G)</translation>
    </message>
    <message>
        <source>Recent &amp;projects</source>
        <translation>최근 프로젝트(&amp;P)</translation>
    </message>
    <message>
        <source>Recent &amp;releases</source>
        <translation>최근 원문(&amp;R)</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>최근 프로젝트</translation>
    </message>
    <message>
        <source>Recent releases</source>
        <translation>최근 원문</translation>
    </message>
    <message>
        <source>Files you open will be listed here.</source>
        <translation>연 파일이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>시작 화면(&amp;W)</translation>
    </message>
    <message>
        <source>Show the welcome page</source>
        <translation>시작 화면 표시</translation>
    </message>
</context>
</TS>
