// build/deployment.json, the record teardown and invoke trust.
#include "deploy/deployment_record.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace traceload;
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    fuzz::expectInputErrorOnly([&json] {
        const DeploymentRecord record =
            DeploymentRecord::fromJson(json, QStringLiteral("deployment.json"));
        // What is read back must write and read again to the same record.
        if (DeploymentRecord::fromJson(record.toJson(), QStringLiteral("again")).toJson() !=
            record.toJson())
            qFatal("deployment record does not survive a write and read");
    });
    return 0;
}
