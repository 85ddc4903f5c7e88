"""A real local Ray cluster for the tests, started once per session by the ``ray_cluster`` fixture (conftest).

Only tests that ask for ``ray_cluster`` start it (``tests/test_ray.py``). It is what a deployment runs: a head
started by ``ray start --head --block`` in its own process group (stopped at the end by SIGTERM to that group:
only what it started), with Ray Client on a port of its own. The pytest process joins it as a driver, as the
bot does with ``MIMICBIRD_RAY_ADDRESS=host:port``; a bot in another process may use ``client_address``
(``ray://``).

* 4 logical CPUs and one declared GPU (``--num-gpus=1``: a fake one, no CUDA behind it; Ray sets
  ``CUDA_VISIBLE_DEVICES`` for the actor that holds it and torch finds no GPU, so the trainer uses the CPU);
* no dashboard, usage stats off, a 256 MiB object store (the test models are small), no drain on stop, no
  memory monitor (it watches the whole machine, which other processes may fill);
* loopback only: ``--node-ip-address=127.0.0.1`` and ``RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0`` (Ray's single
  machine mode, as on a laptop) make every server bind 127.0.0.1; otherwise Ray binds its gRPC servers to
  every interface. ``listening_addresses`` lets a test check it;
* token authentication with a random token in the environment (no file written to ``~/.ray``).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLUSTER_ENV = {
    "RAY_USAGE_STATS_ENABLED": "0",
    "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0",  # one machine: node address 127.0.0.1, servers bind loopback
    "RAY_AUTH_MODE": "token",
    "RAY_GRACEFUL_SHUTDOWN_DRAIN_TIMEOUT_S": "0",
    # Ray kills workers when the *machine* is above 95% memory; on a shared machine other processes' memory
    # would make it kill our tests' trainings (each needs ~0.5 GB). The kill path is tested with SIGKILL.
    "RAY_memory_monitor_refresh_ms": "0",
    "HF_HUB_OFFLINE": "1",
    "WANDB_MODE": "disabled",
    "TOKENIZERS_PARALLELISM": "false",
}


@dataclass(frozen=True)
class LocalCluster:
    address: str  # the GCS address, 127.0.0.1:port (what a driver joins)
    client_address: str  # ray://127.0.0.1:port (Ray Client)
    session_dir: Path
    start_s: float  # what starting the head and joining it took (the fixture's cost)
    node_ip: str
    head: subprocess.Popen


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_port(port: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), 1).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def start_local_cluster(log_file: Path, num_cpus: int = 4, num_gpus: int = 1) -> LocalCluster:
    os.environ.update(CLUSTER_ENV)
    os.environ.setdefault("RAY_AUTH_TOKEN", secrets.token_hex(32))
    gcs_port, client_port = _free_port(), _free_port()
    started = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)}
    head = subprocess.Popen(
        [str(Path(sys.executable).parent / "ray"), "start", "--head", f"--port={gcs_port}",
         f"--ray-client-server-port={client_port}", "--node-ip-address=127.0.0.1", f"--num-cpus={num_cpus}",
         f"--num-gpus={num_gpus}", "--include-dashboard=false", "--disable-usage-stats",
         f"--object-store-memory={256 << 20}", "--block"],
        env=env, cwd=ROOT, stdout=log_file.open("w"), stderr=subprocess.STDOUT, start_new_session=True,
    )
    try:
        import ray

        context = ray.init(address=f"127.0.0.1:{gcs_port}", namespace="mimicbird", log_to_driver=False,
                           configure_logging=False)
        _wait_port(client_port, 60)
    except BaseException:
        stop_local_cluster(head)
        raise
    info = context.address_info
    return LocalCluster(address=f"127.0.0.1:{gcs_port}", client_address=f"ray://127.0.0.1:{client_port}",
                        session_dir=Path(info["session_dir"]), start_s=time.perf_counter() - started,
                        node_ip=info["node_ip_address"], head=head)


def stop_local_cluster(head: subprocess.Popen) -> None:
    """Leave the cluster, then stop the head's process group (SIGKILL if it takes more than 30 s)."""
    import ray

    ray.shutdown()
    with contextlib.suppress(ProcessLookupError):
        os.killpg(head.pid, signal.SIGTERM)
    try:
        head.wait(30)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(head.pid, signal.SIGKILL)
        head.wait(10)


def cluster_pids(cluster: LocalCluster) -> set[int]:
    """This process and every process the head started."""
    import psutil

    pids = {os.getpid()}
    with contextlib.suppress(psutil.NoSuchProcess):
        pids |= {cluster.head.pid} | {p.pid for p in psutil.Process(cluster.head.pid).children(recursive=True)}
    return pids


def listening_addresses(cluster: LocalCluster) -> set[str]:
    """The IP addresses the cluster's processes listen on."""
    import psutil

    pids = cluster_pids(cluster)
    return {conn.laddr.ip.removeprefix("::ffff:") for conn in psutil.net_connections(kind="inet")
            if conn.status == psutil.CONN_LISTEN and conn.pid in pids}
