#pragma once

#include <QDialog>

namespace linkdesk {

// Help → About Linkdesk: the version, what it is for, where its log is, and the libraries it is
// built on with their licences (Qt under the LGPL v3, QtKeychain under the BSD 2-clause licence).
class AboutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    explicit AboutDialog(QWidget* parent = nullptr);
    ~AboutDialog() override;
};

} // namespace linkdesk
