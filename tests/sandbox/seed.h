#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sandbox {

// The seed document (SEED.md): loaded from a file, or generated.
namespace seed {

// Credentials only, no data: what the sandbox serves without --seed or --generate.
QJsonObject empty();

// Reads a seed file; nullopt with *error set when it is not a JSON object.
std::optional<QJsonObject> load(const QString& path, QString* error);

bool save(const QJsonObject& seed, const QString& path, QString* error);

// Builds a seed from "orders=N,customers=M,new_customers=K,items=I,guests=G" (every key optional):
// - items I: ERP items SKU-00001.. with prices; orders' line items use these SKUs;
// - customers M: shop customers 1..M whose e-mail also belongs to an ERP customer C00001..;
// - new_customers K: shop customers M+1..M+K unknown to the ERP;
// - guests G: of the N orders, G are guest orders (customer_id 0);
// - orders N: ids from 1001, date_modified_gmt one to a few seconds apart from 2024-01-01,
//   every tenth order in the same second as the one before (to test the modified_after overlap).
// Deterministic for a given randomSeed.
std::optional<QJsonObject> generate(const QString& spec, quint32 randomSeed, QString* error);

} // namespace seed
} // namespace sandbox
