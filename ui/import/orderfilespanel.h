#pragma once

#include "config/profile.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace linkdesk {

// The folder shops (type=file) on the Import page: each one's format and folder, and its last files
// from the folder's record (FileLedger): when read, how many orders, which rows were quarantined and
// why (the row's tooltip), where the file went. The record is read off the GUI thread.
class OrderFilesPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderFilesPanel)
public:
    enum Column { ReadAt, Shop, File, Orders, Quarantined, MovedTo, ColumnCount };
    static constexpr int kFilesPerShop = 20;

    // Only the shops of type file are shown.
    explicit OrderFilesPanel(const QList<ShopConfig>& shops, QWidget* parent = nullptr);
    ~OrderFilesPanel() override;

    // "Shopify order export", ... in the user's language.
    static QString formatTitle(const OrderFileFormat& format);
    bool isEmpty() const { return m_shops.isEmpty(); }

public slots:
    void reload();

signals:
    void reloaded();

private:
    QList<ShopConfig> m_shops;
    QLabel* m_formats;
    QLabel* m_message;
    QTableWidget* m_table;
    int m_generation = 0; // a reload answered after a newer one started is dropped
};

} // namespace linkdesk
