#pragma once

// What the tests of the pages of rows per shop (tst_productspage, tst_relationspage) share: waiting
// for the rows, importing and exporting CSV as a user does, and the page's edit dialog. Header-only,
// as windowtest.h: it needs linkdesk_ui.
#include "ui/common/shoptablepage.h"
#include "util/result.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace linkdesk::test {

// Returns once the page has shown the rows it is reading, if it is reading.
inline void waitLoaded(ShopTablePage& page) {
    QSignalSpy loaded(&page, &ShopTablePage::loaded);
    if (page.isBusy())
        QVERIFY(loaded.wait(10000));
}

// What importCsv() came to, once it has.
inline Result<int> importCsv(ShopTablePage& page, const QString& path) {
    std::optional<Result<int>> answer;
    page.importCsv(path, [&answer](const Result<int>& n) { answer = n; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000))
        return fail(QStringLiteral("no answer"));
    return *answer;
}

// Exports the rows shown to path through Export CSV… and its file dialog.
inline void exportThroughDialog(ShopTablePage& page, const QString& path) {
    page.findChild<QPushButton*>(QStringLiteral("exportCsvButton"))->click();
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page.findChild<QFileDialog*>(QStringLiteral("csvFileDialog"))) &&
                dialog->isVisible());
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept();
    QTRY_VERIFY(QFile::exists(path));
}

// The dialog of that name the page opened, once it is shown; null when none is within 5 seconds.
inline QDialog* openedDialog(QWidget& page, const QString& name) {
    QDialog* dialog = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                dialog = page.findChild<QDialog*>(name);
                return dialog && dialog->isVisible();
            },
            5000))
        return nullptr;
    return dialog;
}

// Clicks Save in the dialog's button box.
inline void clickSave(QDialog* dialog) {
    dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
        ->button(QDialogButtonBox::Save)
        ->click();
}

} // namespace linkdesk::test
