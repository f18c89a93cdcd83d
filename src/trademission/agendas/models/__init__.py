from trademission.agendas.models.printing import AgendaPrint

__all__ = ["AgendaPrint"]
