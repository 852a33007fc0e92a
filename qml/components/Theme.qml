// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

/**
 * The design tokens of docs/design.md: spacing and type scales, radii, and the colours of
 * status and results for the light and the dark palette. Every colour that is not the
 * palette's own comes from here, chosen per palette so text keeps WCAG AA contrast.
 */
QtObject {
    id: theme
    /** The application palette, which the theme setting (Desk.settings.theme) sets. */
    readonly property SystemPalette palette: SystemPalette { colorGroup: SystemPalette.Active }
    readonly property SystemPalette inactivePalette: SystemPalette { colorGroup: SystemPalette.Inactive }
    readonly property SystemPalette disabledPalette: SystemPalette { colorGroup: SystemPalette.Disabled }
    readonly property bool dark: palette.window.hslLightness < 0.5

    // Spacing scale (device-independent pixels).
    readonly property int spacingXs: 4
    readonly property int spacingS: 8
    readonly property int spacingM: 12
    readonly property int spacingL: 16
    readonly property int spacingXl: 24
    readonly property int spacingXxl: 32
    readonly property int radius: 6
    readonly property int radiusSmall: 4

    // Type scale, as multiples of the system font.
    readonly property real baseSize: Qt.application.font.pointSize > 0 ? Qt.application.font.pointSize : 10
    readonly property real captionSize: baseSize * 0.88
    readonly property real bodySize: baseSize
    readonly property real subtitleSize: baseSize * 1.15
    readonly property real titleSize: baseSize * 1.45
    readonly property real headlineSize: baseSize * 1.8

    // Surfaces and lines.
    readonly property color page: palette.window
    readonly property color card: palette.base
    readonly property color cardBorder: dark ? Qt.lighter(palette.window, 1.9) : Qt.darker(palette.window, 1.12)
    readonly property color divider: cardBorder
    readonly property color text: palette.text
    readonly property color secondaryText: dark ? "#b3bac3" : "#555d66"
    readonly property color accent: palette.highlight
    readonly property color focusRing: dark ? "#8cb4ff" : "#1f56b3"
    /** Proposal bodies (see Markdown): table rules and header, code and quote backgrounds. */
    readonly property var markdown: ({
        rule: cardBorder,
        header: dark ? Qt.lighter(palette.base, 1.35) : "#e2e5e9",
        code: dark ? Qt.lighter(palette.base, 1.5) : "#dde1e6",
        quote: dark ? Qt.lighter(palette.base, 1.25) : "#e4e7eb",
        quoteText: secondaryText
    })
    /** Dims the window under a modal dialog or drawer, drawn by us: styles that draw their
     *  own with a shader leave nothing under the software scene graph. */
    readonly property color scrim: dark ? Qt.rgba(0, 0, 0, 0.55) : Qt.rgba(0.07, 0.09, 0.12, 0.38)

    // Tones: a foreground and a background per meaning, for each palette.
    readonly property var tones: dark ? ({
        success: {fg: "#7fdaa0", bg: "#1b3325"},
        danger: {fg: "#ff9ea4", bg: "#3d2023"},
        warning: {fg: "#ffcb75", bg: "#382c13"},
        info: {fg: "#a3c4ff", bg: "#1b2a45"},
        neutral: {fg: "#c8ced6", bg: "#2c3138"}
    }) : ({
        success: {fg: "#15642f", bg: "#e2f3e7"},
        danger: {fg: "#9f1f28", bg: "#fbe8e9"},
        warning: {fg: "#7a4a00", bg: "#fff1d6"},
        info: {fg: "#1b4fa6", bg: "#e5eefb"},
        neutral: {fg: "#434b54", bg: "#e9ecef"}
    })

    // Results: one colour per choice, for bars on a card.
    readonly property color yes: dark ? "#4cc27a" : "#2a8a4e"
    readonly property color no: dark ? "#f06a72" : "#c73a43"
    readonly property color abstain: dark ? "#8e98a3" : "#7c858f"

    /** The tone of a proposal's status. */
    function statusTone(status) {
        switch (status) {
        case "active": return "info"
        case "passed":
        case "executed": return "success"
        case "rejected": return "danger"
        case "cancelled": return "warning"
        }
        return "neutral"
    }
    function choiceColor(choice) {
        return choice === "yes" ? yes : choice === "no" ? no : abstain
    }

    /** WCAG 2 relative luminance and contrast ratio (tests check the palettes with them). */
    function luminance(value) {
        const c = Qt.lighter(value, 1.0) // a color, whether given as one or as "#rrggbb"
        const f = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
        return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b)
    }
    function contrast(a, b) {
        const la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }
}
