"""A real local Ray cluster for the tests, started once per session by the ``ray_cluster`` fixture (conftest).

Only tests that ask for ``ray_cluster`` start it (``tests/test_ray.py``). It runs in the pytest process
(``ray.init``), so ``ray.shutdown()`` at the end of the session stops exactly the processes it started:

* 4 logical CPUs and one declared GPU (``num_gpus=1``: a fake one, no CUDA behind it; Ray sets
  ``CUDA_VISIBLE_DEVICES`` for the actor that holds it and torch finds no GPU, so the trainer uses the CPU);
* no dashboard, usage stats off, a 256 MiB object store (the test models are small);
* loopback only: ``RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0`` makes Ray take 127.0.0.1 as the node address (as on
  a laptop), so every server binds 127.0.0.1 and all traffic stays on loopback (``listening_addresses``
  lets a test check it); without it Ray binds its gRPC servers to every interface;
* token authentication on with a random token in the environment (no file written to ``~/.ray``).

A bot in another process (the restart test) joins the same cluster with ``MIMICBIRD_RAY_ADDRESS`` set to
``address``; it inherits the environment variables above.
"""

from __future__ import annotations

import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

CLUSTER_ENV = {
    "RAY_USAGE_STATS_ENABLED": "0",
    "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0",  # node address 127.0.0.1: servers bind loopback only
    "RAY_AUTH_MODE": "token",
    "HF_HUB_OFFLINE": "1",
    "WANDB_MODE": "disabled",
    "TOKENIZERS_PARALLELISM": "false",
}


@dataclass(frozen=True)
class LocalCluster:
    address: str  # the GCS address, host:port
    session_dir: Path
    start_s: float  # what ray.init took (the fixture's cost)
    node_ip: str


def start_local_cluster(num_cpus: int = 4, num_gpus: int = 1) -> LocalCluster:
    os.environ.update(CLUSTER_ENV)
    os.environ.setdefault("RAY_AUTH_TOKEN", secrets.token_hex(32))
    import ray

    started = time.perf_counter()
    context = ray.init(num_cpus=num_cpus, num_gpus=num_gpus, include_dashboard=False, namespace="mimicbird",
                       object_store_memory=256 << 20, log_to_driver=False, configure_logging=False)
    elapsed = time.perf_counter() - started
    info = context.address_info
    return LocalCluster(address=info["gcs_address"], session_dir=Path(info["session_dir"]), start_s=elapsed,
                        node_ip=info["node_ip_address"])


def stop_local_cluster() -> None:
    import ray

    ray.shutdown()


def listening_addresses(session_dir: Path) -> set[str]:
    """The IP addresses the cluster's processes (this process's Ray children) listen on."""
    import psutil

    me = psutil.Process()
    pids = {me.pid} | {child.pid for child in me.children(recursive=True)}
    addresses = set()
    for conn in psutil.net_connections(kind="inet"):
        if conn.status == psutil.CONN_LISTEN and conn.pid in pids:
            addresses.add(conn.laddr.ip.removeprefix("::ffff:"))
    return addresses
