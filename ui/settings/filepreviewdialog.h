#pragma once

#include "config/profile.h"

#include <QDialog>

#include <memory>

namespace Ui {
class FilePreviewDialog;
}

namespace linkdesk {

// Settings -> Connections -> "Preview a file…" of a folder shop: a file's first orders as Linkdesk
// reads them in the shop's format (customer, currency, lines, the rows they came from) and every
// problem an import would quarantine, with its row. Nothing is stored or moved; the file is read
// off the GUI thread.
class FilePreviewDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilePreviewDialog)
public:
    enum Column { Order, Rows, Customer, Currency, Lines, ColumnCount };
    static constexpr int kShownOrders = 50;

    explicit FilePreviewDialog(const ShopConfig& shop, QWidget* parent = nullptr);
    ~FilePreviewDialog() override;

public slots:
    // Reads this file and shows it (what "Choose a file…" does once a file is chosen).
    void preview(const QString& path);

signals:
    void previewShown(); // the last preview asked for is on screen

private:
    void choose();

    std::unique_ptr<Ui::FilePreviewDialog> m_ui;
    ShopConfig m_shop;
    int m_generation = 0;
};

} // namespace linkdesk
