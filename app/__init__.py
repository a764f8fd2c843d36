"""NetPatrol (網路巡邏工作站): a workstation for police officers who patrol social platforms
for content that lures, sells or shows children sexually."""

__version__ = "0.1.0"
APP_NAME = "NetPatrol"
