#include "erpfakes.h"

#include "router.h"

namespace sandbox {

struct ErpFakes::Data {
    QJsonObject seed;
};

ErpFakes::ErpFakes(const QJsonObject& erpSeed) : m_data(std::make_unique<Data>(Data{erpSeed})) {}

ErpFakes::~ErpFakes() = default;

void ErpFakes::addRoutes(Router&) {}

QJsonObject ErpFakes::state() const
{
    return {};
}

} // namespace sandbox
