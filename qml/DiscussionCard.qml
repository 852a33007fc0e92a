// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DaoDesk

/**
 * A proposal's discussion: each comment in Markdown followed by its replies, deleted ones as
 * tombstones, hidden ones with the moderator's reason; a composer with a preview, for a new
 * comment, a reply or an edit; moderators hide, show again and award the discussion points.
 * Read from the cache and written through the outbox, so it works offline.
 */
Card {
    id: card
    objectName: "discussion"
    readonly property CommentListModel comments: Desk.workspace.comments
    readonly property bool canModerate: Desk.workspace.canManage
    /** What the composer does: a new comment, a reply to replyTo, or an edit of editing. */
    property var replyTo: 0
    property string replyToAuthor
    property var editing: 0
    title: qsTr("Discussion (%1)").arg(comments ? comments.count : 0)

    function startReply(id, author) { editing = 0; replyTo = id; replyToAuthor = author; composer.text = ""; composer.forceActiveFocus() }
    function startEdit(id, body) { replyTo = 0; editing = id; composer.text = body; composer.forceActiveFocus() }
    function cancel() { replyTo = 0; editing = 0; composer.text = ""; previewTab.checked = false }
    function submit() {
        const ok = editing ? Desk.actions.editComment(editing, composer.text)
                           : Desk.actions.postComment(composer.text, replyTo)
        if (ok)
            cancel()
    }

    Label {
        objectName: "newSinceLastVisit"
        visible: card.comments !== null && card.comments.newCount > 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.tones.info.fg
        text: card.comments ? qsTr("%n new since your last visit, marked New", "", card.comments.newCount) : ""
    }

    Label {
        visible: !card.comments || card.comments.count === 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.secondaryText
        text: qsTr("No comments yet. Ask a question or say what you think before you vote.")
    }

    Repeater {
        model: card.comments
        delegate: ColumnLayout {
            id: entry
            required property var commentId
            required property var parentId
            required property var authorId
            required property string author
            required property string body
            required property string state
            required property string hiddenReason
            required property string createdAt
            required property string editedAt
            required property bool awarded
            required property int earlierVersions
            required property bool isReply
            required property bool isNew
            readonly property bool mine: authorId === Desk.account.userId
            readonly property bool visibleText: state === "visible"
            objectName: "comment_" + commentId
            Layout.fillWidth: true
            Layout.leftMargin: isReply ? Theme.spacingXl : 0
            Layout.topMargin: isReply ? 0 : Theme.spacingS
            spacing: 2

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Identicon { name: entry.author; size: 18 }
                Label { text: entry.author; font.weight: Font.DemiBold }
                Label {
                    text: Format.dateTime(entry.createdAt)
                          + (entry.editedAt !== "" ? " · " + qsTr("edited") : "")
                    color: Theme.secondaryText
                    font.pointSize: Theme.captionSize
                }
                StatusChip {
                    objectName: "newChip"
                    visible: entry.isNew
                    text: qsTr("New")
                    tone: "info"
                }
                StatusChip {
                    visible: entry.awarded
                    text: qsTr("Discussion points awarded")
                    tone: "success"
                }
                Item { Layout.fillWidth: true }
            }
            Text {
                objectName: "commentBody"
                visible: entry.visibleText
                Layout.fillWidth: true
                text: entry.visibleText ? Markdown.html(entry.body, Theme.markdown) : ""
                textFormat: Text.RichText
                wrapMode: Text.Wrap
                color: Theme.text
                linkColor: palette.link
                font.pointSize: Theme.bodySize
                onLinkActivated: link => Qt.openUrlExternally(link)
            }
            Label {
                objectName: "commentTombstone"
                visible: !entry.visibleText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                font.italic: true
                text: entry.state === "deleted" ? qsTr("Deleted by its author.")
                                                : qsTr("Hidden by a moderator: %1").arg(entry.hiddenReason)
            }
            Flow {
                Layout.fillWidth: true
                spacing: 0
                ThreadButton {
                    visible: !entry.isReply && entry.state !== "deleted"
                    text: qsTr("Reply")
                    Accessible.name: qsTr("Reply to %1").arg(entry.author)
                    onClicked: card.startReply(entry.commentId, entry.author)
                }
                ThreadButton {
                    visible: entry.mine && entry.visibleText
                    text: qsTr("Edit")
                    onClicked: card.startEdit(entry.commentId, entry.body)
                }
                ThreadButton {
                    visible: entry.mine && entry.state !== "deleted"
                    text: qsTr("Delete")
                    onClicked: deleteConfirm.ask(entry.commentId)
                }
                ThreadButton {
                    objectName: "commentVersions_" + entry.commentId
                    visible: entry.earlierVersions > 0 && (entry.visibleText
                             || (entry.state === "hidden" && (entry.mine || card.canModerate)))
                    text: qsTr("Earlier versions (%L1)").arg(entry.earlierVersions)
                    Accessible.name: qsTr("Earlier versions of %1's comment").arg(entry.author)
                    onClicked: versionsDialog.ask(entry.commentId, entry.author, false)
                }
                ThreadButton {
                    objectName: "readHidden_" + entry.commentId
                    visible: entry.state === "hidden" && entry.earlierVersions === 0
                             && (entry.mine || card.canModerate)
                    text: qsTr("Read it")
                    Accessible.name: qsTr("Read %1's hidden comment").arg(entry.author)
                    onClicked: versionsDialog.ask(entry.commentId, entry.author, true)
                }
                ThreadButton {
                    objectName: "hideComment_" + entry.commentId
                    visible: card.canModerate && entry.visibleText && !entry.mine
                    text: qsTr("Hide…")
                    onClicked: hideDialog.ask(entry.commentId, entry.author)
                }
                ThreadButton {
                    visible: card.canModerate && entry.state === "hidden"
                    text: qsTr("Show again")
                    onClicked: Desk.actions.unhideComment(entry.commentId)
                }
                ThreadButton {
                    objectName: "awardComment_" + entry.commentId
                    visible: card.canModerate && entry.visibleText && !entry.awarded && !entry.mine
                    text: qsTr("Award discussion points")
                    onClicked: Desk.actions.awardComment(entry.commentId, entry.author)
                }
            }
        }
    }

    // The composer: write, or look at what it will be.
    Rectangle {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        implicitHeight: 1
        color: Theme.divider
    }
    RowLayout {
        Layout.fillWidth: true
        Label {
            Layout.fillWidth: true
            elide: Text.ElideRight
            font.weight: Font.DemiBold
            text: card.editing ? qsTr("Edit your comment")
                 : card.replyTo ? qsTr("Reply to %1").arg(card.replyToAuthor)
                 : qsTr("Add a comment")
        }
        TabBar {
            TabButton { id: writeTab; text: qsTr("Write"); checked: true; width: implicitWidth }
            TabButton { id: previewTab; objectName: "commentPreviewTab"; text: qsTr("Preview"); width: implicitWidth }
        }
    }
    TextArea {
        id: composer
        objectName: "commentComposer"
        visible: !previewTab.checked
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(80, implicitHeight)
        wrapMode: TextEdit.Wrap
        placeholderText: qsTr("Markdown: **bold**, *italic*, lists, links, `code`")
        Accessible.name: qsTr("Comment in Markdown")
        Keys.onTabPressed: event => { nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason); event.accepted = true }
        Keys.onBacktabPressed: event => { nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason); event.accepted = true }
        Keys.onPressed: event => {
            if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && (event.modifiers & Qt.ControlModifier)) {
                card.submit()
                event.accepted = true
            }
        }
        background: Rectangle {
            color: Theme.card
            radius: Theme.radiusSmall
            border.width: composer.activeFocus ? 2 : 1
            border.color: composer.activeFocus ? Theme.focusRing : Theme.cardBorder
        }
    }
    Text {
        objectName: "commentPreview"
        visible: previewTab.checked
        Layout.fillWidth: true
        Layout.minimumHeight: 80
        text: Markdown.html(composer.text.trim() !== "" ? composer.text : qsTr("*Nothing to preview yet.*"), Theme.markdown)
        textFormat: Text.RichText
        wrapMode: Text.Wrap
        color: Theme.text
        font.pointSize: Theme.bodySize
    }
    RowLayout {
        Layout.fillWidth: true
        Label {
            Layout.fillWidth: true
            color: composer.text.length > 10000 ? Theme.tones.danger.fg : Theme.secondaryText
            font.pointSize: Theme.captionSize
            text: qsTr("%L1 / 10,000 · Ctrl+Enter sends").arg(composer.text.length)
        }
        Button {
            visible: card.replyTo || card.editing || composer.text !== ""
            text: qsTr("Cancel")
            onClicked: card.cancel()
        }
        Button {
            objectName: "commentSend"
            text: card.editing ? qsTr("Save") : card.replyTo ? qsTr("Reply") : qsTr("Comment")
            highlighted: true
            enabled: composer.text.trim() !== ""
            onClicked: card.submit()
        }
    }

    DeskDialog {
        id: deleteConfirm
        property var commentId: 0
        function ask(id) { commentId = id; open() }
        parent: Overlay.overlay
        title: qsTr("Delete your comment?")
        width: Math.min(440, (parent ? parent.width : 480) - 40)
        standardButtons: Dialog.Ok | Dialog.Cancel
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            text: qsTr("Its text goes, with its earlier versions; its place and its replies stay in the thread.")
        }
        onAccepted: Desk.actions.deleteComment(commentId)
    }
    DeskDialog {
        id: hideDialog
        objectName: "hideCommentDialog"
        property var commentId: 0
        property string author
        function ask(id, who) { commentId = id; author = who; hideReason.text = ""; open(); hideReason.forceActiveFocus() }
        function submit() {
            if (Desk.actions.hideComment(commentId, hideReason.text))
                close()
        }
        parent: Overlay.overlay
        title: qsTr("Hide %1's comment?").arg(author)
        width: Math.min(480, (parent ? parent.width : 520) - 40)
        footer: DialogButtonBox {
            Button {
                text: qsTr("Hide")
                highlighted: true
                onClicked: hideDialog.submit()
            }
            Button {
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
        ColumnLayout {
            anchors.fill: parent
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Members see the reason in its place; the author and moderators can still read it.")
            }
            TextField {
                id: hideReason
                objectName: "hideReason"
                Layout.fillWidth: true
                placeholderText: qsTr("Reason (required)")
                Accessible.name: qsTr("Why the comment is hidden")
                onAccepted: hideDialog.submit()
            }
        }
    }

    // A comment's texts as the server keeps them: its versions, or a hidden one's text.
    DeskDialog {
        id: versionsDialog
        objectName: "commentVersionsDialog"
        readonly property CommentReader reader: Desk.commentReader
        property string author
        property bool hiddenText: false
        function ask(id, who, hidden) { author = who; hiddenText = hidden; reader.load(id); open() }
        parent: Overlay.overlay
        title: hiddenText ? qsTr("%1's hidden comment").arg(author)
                          : qsTr("Versions of %1's comment").arg(author)
        width: Math.min(640, (parent ? parent.width : 680) - 40)
        height: Math.min(implicitHeight, (parent ? parent.height : 600) - 40)
        standardButtons: Dialog.Close
        onClosed: reader.clear()
        ScrollView {
            id: versionsScroll
            anchors.fill: parent
            contentWidth: availableWidth
            implicitHeight: versionsColumn.implicitHeight
            ColumnLayout {
                id: versionsColumn
                width: versionsScroll.availableWidth
                spacing: Theme.spacingM
                BusyIndicator {
                    visible: versionsDialog.reader.loading
                    running: visible
                    Layout.alignment: Qt.AlignHCenter
                }
                Label {
                    objectName: "commentVersionsError"
                    visible: versionsDialog.reader.error !== ""
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.tones.danger.fg
                    text: versionsDialog.reader.error
                }
                Repeater {
                    // Newest first, as a reader compares what changed.
                    model: versionsDialog.reader.versions.slice().reverse()
                    delegate: ColumnLayout {
                        required property var modelData
                        objectName: "commentVersion_" + modelData.version
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            font.weight: Font.DemiBold
                            text: (modelData.current ? qsTr("Current text") : qsTr("Version %L1").arg(modelData.version))
                                  + " · " + Format.dateTime(modelData.writtenAt)
                        }
                        Text {
                            Layout.fillWidth: true
                            text: Markdown.html(modelData.body, Theme.markdown)
                            textFormat: Text.RichText
                            wrapMode: Text.Wrap
                            color: Theme.text
                            linkColor: palette.link
                            font.pointSize: Theme.bodySize
                            onLinkActivated: link => Qt.openUrlExternally(link)
                        }
                        Rectangle {
                            Layout.fillWidth: true
                            Layout.topMargin: Theme.spacingS
                            implicitHeight: 1
                            color: Theme.divider
                        }
                    }
                }
            }
        }
    }

    /** A thread's action: flat, no wider than its text. */
    component ThreadButton: Button {
        flat: true
        implicitWidth: implicitContentWidth + leftPadding + rightPadding
        font.pointSize: Theme.captionSize
    }
}
