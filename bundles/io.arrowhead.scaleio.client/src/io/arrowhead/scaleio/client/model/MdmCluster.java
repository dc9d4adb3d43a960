package io.arrowhead.scaleio.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * The MDM cluster of a system: {@code clusterMode} {@code ThreeNodes}/{@code FiveNodes}, {@code clusterState} such
 * as {@code ClusteredNormal}. {@code id} is a decimal number as text.
 *
 * @param slaves the standby managers; some gateways call the array {@code worker}
 */
public record MdmCluster(String clusterMode, String clusterState, Integer goodNodesNum, Integer goodReplicasNum,
        String id, MdmNode master, @JsonAlias("worker") List<MdmNode> slaves, List<MdmNode> tieBreakers) {

    public MdmCluster {
        slaves = Lists.orEmpty(slaves);
        tieBreakers = Lists.orEmpty(tieBreakers);
    }
}
