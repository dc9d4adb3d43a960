package io.arrowhead.scaleio.simulator.internal.cluster;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Protection domains, storage pools, fault sets and VTrees, shaped like the fixtures (keys alphabetical). Pool
 * capacity is deliberately absent: real gateways report it only through Statistics.
 */
final class TopologyJson {

    private TopologyJson() {
    }

    static void protectionDomain(JsonGenerator json, ProtectionDomainEntity domain, String systemId)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("id", domain.id);
        JsonRenderer.links(json, WireType.PROTECTION_DOMAIN, domain.id,
                "systemId", JsonRenderer.href(WireType.SYSTEM, systemId));
        json.writeStringField("name", domain.name);
        json.writeBooleanField("overallIoNetworkThrottlingEnabled", false);
        json.writeNullField("overallIoNetworkThrottlingInKbps");
        json.writeStringField("protectionDomainState", "Active");
        json.writeBooleanField("rebalanceNetworkThrottlingEnabled", false);
        json.writeNullField("rebalanceNetworkThrottlingInKbps");
        json.writeBooleanField("rebuildNetworkThrottlingEnabled", false);
        json.writeNullField("rebuildNetworkThrottlingInKbps");
        json.writeBooleanField("rfcacheEnabled", true);
        json.writeNumberField("rfcacheMaxIoSizeKb", 128);
        json.writeStringField("rfcacheOpertionalMode", "WriteMiss"); // sic: the wire spelling
        json.writeNumberField("rfcachePageSizeKb", 64);
        json.writeStringField("systemId", systemId);
        json.writeEndObject();
    }

    static void storagePool(JsonGenerator json, StoragePoolEntity pool) throws IOException {
        json.writeStartObject();
        json.writeNumberField("backgroundScannerBWLimitKBps", 0);
        json.writeStringField("backgroundScannerMode", "Disabled");
        json.writeNumberField("capacityAlertCriticalThreshold", 90);
        json.writeNumberField("capacityAlertHighThreshold", 80);
        json.writeBooleanField("checksumEnabled", false);
        json.writeStringField("compressionMethod", "Invalid");
        json.writeStringField("dataLayout", pool.dataLayout);
        json.writeStringField("id", pool.id);
        JsonRenderer.links(json, WireType.STORAGE_POOL, pool.id,
                "protectionDomainId", JsonRenderer.href(WireType.PROTECTION_DOMAIN, pool.protectionDomainId));
        json.writeStringField("mediaType", pool.mediaType);
        json.writeStringField("name", pool.name);
        json.writeNumberField("numOfParallelRebuildRebalanceJobsPerDevice", 2);
        json.writeStringField("protectionDomainId", pool.protectionDomainId);
        json.writeBooleanField("rebalanceEnabled", true);
        ioPriority(json, "rebalance", "favorAppIos");
        json.writeBooleanField("rebuildEnabled", true);
        ioPriority(json, "rebuild", "limitNumOfConcurrentIos");
        json.writeStringField("rmcacheWriteHandlingMode", "Cached");
        json.writeNumberField("sparePercentage", pool.sparePercentage);
        json.writeBooleanField("useRfcache", false);
        json.writeBooleanField("useRmcache", false);
        json.writeBooleanField("zeroPaddingEnabled", false);
        json.writeEndObject();
    }

    private static void ioPriority(JsonGenerator json, String prefix, String policy) throws IOException {
        json.writeNullField(prefix + "IoPriorityAppBwPerDeviceThresholdInKbps");
        json.writeNullField(prefix + "IoPriorityAppIopsPerDeviceThreshold");
        json.writeNumberField(prefix + "IoPriorityBwLimitPerDeviceInKbps", 10240);
        json.writeNumberField(prefix + "IoPriorityNumOfConcurrentIosPerDevice", 1);
        json.writeStringField(prefix + "IoPriorityPolicy", policy);
        json.writeNullField(prefix + "IoPriorityQuietPeriodInMsec");
    }

    static void faultSet(JsonGenerator json, FaultSetEntity faultSet) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", faultSet.id);
        JsonRenderer.links(json, WireType.FAULT_SET, faultSet.id,
                "protectionDomainId", JsonRenderer.href(WireType.PROTECTION_DOMAIN, faultSet.protectionDomainId));
        json.writeStringField("name", faultSet.name);
        json.writeStringField("protectionDomainId", faultSet.protectionDomainId);
        json.writeEndObject();
    }

    static void vtree(JsonGenerator json, VTreeEntity vtree) throws IOException {
        json.writeStartObject();
        json.writeStringField("baseVolumeId", vtree.baseVolumeId);
        json.writeStringField("id", vtree.id);
        JsonRenderer.links(json, WireType.VTREE, vtree.id,
                "baseVolumeId", JsonRenderer.href(WireType.VOLUME, vtree.baseVolumeId),
                "storagePoolId", JsonRenderer.href(WireType.STORAGE_POOL, vtree.storagePoolId));
        json.writeNullField("name");
        json.writeStringField("storagePoolId", vtree.storagePoolId);
        json.writeEndObject();
    }
}
