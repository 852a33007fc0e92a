// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import DaoDesk

TestCase {
    name: "LoginPage"
    when: windowShown
    visible: true // a TestCase is hidden unless told; its items are tested as shown
    width: 600
    height: 700

    LoginPage { id: page; anchors.fill: parent }

    function child(name) {
        const found = findChildByName(page, name)
        verify(found, "no child named " + name)
        return found
    }
    function findChildByName(item, name) {
        if (item.objectName === name)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findChildByName(item.children[i], name)
            if (found)
                return found
        }
        return null
    }

    function init() {
        child("loginModes").currentIndex = 0
        child("serverField").text = "http://127.0.0.1:1"
        child("usernameField").text = ""
        child("passwordField").text = ""
        child("invitationField").text = ""
    }

    function test_loginNeedsServerNameAndPassword() {
        const button = child("loginButton")
        verify(!button.enabled)
        child("usernameField").text = "alice"
        verify(!button.enabled)
        child("passwordField").text = "x"
        verify(button.enabled)
        child("serverField").text = ""
        verify(!button.enabled)
    }

    function test_registeringAsksForADisplayNameAndALongerPassword() {
        verify(!child("displayNameField").visible)
        child("loginModes").currentIndex = 1
        verify(page.registering)
        verify(child("displayNameField").visible)
        child("usernameField").text = "zed"
        child("passwordField").text = "short"
        verify(!child("loginButton").enabled)
        child("passwordField").text = "long enough"
        verify(child("loginButton").enabled)
        compare(child("loginButton").text, "Create the account")
    }

    function test_invitationCodeIsOptionalInBothModes() {
        child("usernameField").text = "alice"
        child("passwordField").text = "demo-password"
        verify(child("invitationField").visible)
        verify(child("loginButton").enabled)
        child("loginModes").currentIndex = 1
        verify(child("invitationField").visible)
    }

    function test_keyboardMovesFromFieldToField() {
        child("usernameField").forceActiveFocus()
        keyClick(Qt.Key_A)
        keyClick(Qt.Key_Return)
        verify(child("passwordField").activeFocus)
        compare(child("usernameField").text, "a")
    }

    function test_everyFieldHasAnAccessibleName() {
        for (const name of ["serverField", "usernameField", "passwordField", "displayNameField",
                            "invitationField"])
            verify(child(name).Accessible.name !== "", name)
    }
}
