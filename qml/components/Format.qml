// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

/**
 * Dates and times as every screen writes them: one absolute form per language, and a
 * relative one ("in 3 days", "2 hours ago") beside it where the moment matters.
 */
QtObject {
    /** Re-evaluated every minute, so relative times move on. */
    property double now: Date.now()
    property Timer clock: Timer { interval: 30000; running: true; repeat: true; onTriggered: now = Date.now() }

    function toDate(value) {
        if (value instanceof Date)
            return value
        return value ? new Date(value) : new Date(NaN)
    }
    function valid(value) { return !isNaN(toDate(value).getTime()) }
    /** "2 Dec 2026" (English), "2026年12月2日" (Chinese). */
    function date(value) {
        const d = toDate(value)
        return isNaN(d.getTime()) ? "" : d.toLocaleDateString(Qt.locale(), qsTr("d MMM yyyy"))
    }
    /** "2 Dec 2026, 14:05". */
    function dateTime(value) {
        const d = toDate(value)
        return isNaN(d.getTime()) ? "" : d.toLocaleString(Qt.locale(), qsTr("d MMM yyyy, HH:mm"))
    }
    /** "in 3 days", "in 5 hours", "2 minutes ago", "just now". */
    function relative(value) {
        const d = toDate(value)
        if (isNaN(d.getTime()))
            return ""
        const seconds = (d.getTime() - now) / 1000
        const future = seconds > 0
        const s = Math.abs(seconds)
        if (s < 60)
            return qsTr("just now")
        const minutes = Math.round(s / 60), hours = Math.round(s / 3600), days = Math.round(s / 86400)
        if (s < 3600)
            return future ? qsTr("in %n minute(s)", "", minutes) : qsTr("%n minute(s) ago", "", minutes)
        if (s < 86400 * 1.5)
            return future ? qsTr("in %n hour(s)", "", hours) : qsTr("%n hour(s) ago", "", hours)
        return future ? qsTr("in %n day(s)", "", days) : qsTr("%n day(s) ago", "", days)
    }
    /**
     * The voting window of a proposal in a few words: "opens in 2 days", "ends in 3 hours",
     * "ended 2 Dec 2026". @p endedAt is when voting really ended (closed early or not).
     */
    function votingWindow(status, votingStart, votingEnd, endedAt) {
        if (status === "draft")
            return valid(votingStart) ? qsTr("opens %1").arg(relative(votingStart)) : qsTr("not scheduled")
        if (status === "active")
            return toDate(votingEnd).getTime() > now ? qsTr("ends %1").arg(relative(votingEnd))
                                                     : qsTr("voting has ended; awaiting the result")
        if (status === "cancelled")
            return qsTr("cancelled %1").arg(date(endedAt))
        return qsTr("ended %1").arg(date(endedAt))
    }
}
