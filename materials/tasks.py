def schedule_preview(material_id, file_hash):
    pass
